import { assessCommand } from '/work/main/scripts/cli/assess.ts';
const out = await assessCommand.run(process.argv.slice(2));
console.log(JSON.stringify(out, null, 2));
