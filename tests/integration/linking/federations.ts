/**
 * Practice lists as federation websites would write them, for real practices of the 2024-10 ePCN and
 * 2025-09 epraccur files: mixed case, "Medical Centre" for "MED.CTR.", "The" dropped or added, a branch or
 * building in brackets, a town after a comma, "Dr X & Partners" for "DR X'S PRACTICE", a generic word
 * swapped. Each list is one plausible federation (neighbouring PCNs of one sub-ICB). Names marked `null`
 * must not match: made up, or a name that exists elsewhere in England but not in the federation's area.
 * Nationally ambiguous names are noted with how many active GP practices in England and Wales share them.
 */

/** [website name, postcode or '', expected practice code or null] */
export type FederationPractice = [string, string, string | null];

export interface FederationCase {
  name: string;
  practices: FederationPractice[];
  /** The PCNs the matched practices belong to now. */
  pcns: string[];
}

export const FEDERATIONS: FederationCase[] = [
  {
    name: 'East Birmingham and North Solihull (3 PCNs, sub-ICB 15E)',
    pcns: ['U72309', 'U93165', 'U46437'],
    practices: [
      ['Harlequin Surgery', '', 'M85031'],
      ['Church Road Surgery', 'B26 3TP', 'M85048'], // 3 nationally, another in Aston (same sub-ICB)
      ['Eden Court Medical Practice', '', 'M85079'],
      ['The Firs Surgery', '', 'M85107'],
      ['Schoolacre Road Surgery', '', 'M85141'],
      ['Mirfield Surgery', '', 'M85746'],
      ['Hodge Hill Family Practice', '', 'Y02567'],
      ['Rowlands Road Surgery', '', 'M85171'],
      ['Parkfield Medical Centre', '', 'M89001'], // 2 nationally
      ['Kingshurst Surgery', '', 'M89002'], // ODS: KINGSHURST MEDICAL PRACTICE, at "KINGSHURST SURGERY"
      ['Bosworth Medical Group (Chelmsley Wood Primary Care Centre)', '', 'M89008'],
      ['Manor House Lane Surgery', '', 'M89009'],
      ['Croft Medical Centre', '', 'M89012'], // 3 nationally
      ['Arran Medical Centre', '', 'M89013'],
      ['Coventry Road Practice', '', 'M89021'], // COVENTRY ROAD MEDICAL CENTRE is in Small Heath
      ['Castle Practice', '', 'M89026'], // ODS: THE CASTLE PRACTICE; another CASTLE PRACTICE elsewhere
      ['Green Lane Surgery', '', 'M89027'], // 2 nationally
      ['Swan Medical Centre', '', 'M85011'],
      ['Garretts Green Lane Surgery', '', 'M85694'],
      ['Downsfield Medical Centre', '', 'M85717'],
      ['Sheldon Medical Centre', '', 'M85770'],
      ['Iridium Medical Practice', '', 'Y02893'],
      ['Zebrafield Surgery', '', null],
      ['Riverside Surgery', '', null], // 7 nationally, none in Birmingham
    ],
  },
  {
    name: 'North Birmingham: Erdington, Kingstanding, Nechells (3 PCNs, sub-ICB 15E)',
    pcns: ['U43660', 'U82305', 'U18195'],
    practices: [
      ['Dr Clay & Partners', '', 'M85065'], // ODS: DR SN CLAY AND PARTNERS
      ["Dr Khuroo's Surgery", '', 'M85716'], // ODS: DR KHUROO'S PRACTICE
      ['Shah Zaman Surgery', '', 'M85001'],
      ['Kingsbury Road Medical Centre', '', 'M85014'],
      ['Reservoir Road Surgery', '', 'M85070'],
      ['Sutton Road Surgery', '', 'M85115'],
      ['Hillcrest Surgery', '', 'M85016'], // 3 nationally
      ['Kingstanding Circle Surgery', '', 'M85155'],
      ['Apollo Surgery', '', 'M85158'],
      ['Perry Park Surgery', '', 'M85624'],
      ['Tudor Practice', '', 'M85669'], // ODS: TUDOR PRACTICE STOCKLAND GREEN; TUDOR SURGERY elsewhere
      ['Aylesbury Surgery', '', 'M85779'],
      ['The Oaks Medical Centre', '', 'M85060'], // 3 nationally
      ['Dove Medical Practice', '', 'M85081'],
      ['College Road Surgery', '', 'M85087'], // another in Warrington
      ['Small Heath Medical Practice', '', 'M85108'],
      ['Bloomsbury Surgery', '', 'M85732'], // THE BLOOMSBURY SURGERY is in London
      ['Nechells Practice (Bloomsbury Health Centre)', '', 'M85759'],
      ['Cotmore Surgery', '', 'M85792'],
      ['The Poplars Surgery', '', 'M85065'], // the building of DR SN CLAY AND PARTNERS
      ['Riverside Surgery', '', null],
      ['Erdington Park Medical Centre', '', null],
    ],
  },
  {
    name: 'Horsham and Chanctonbury (4 PCNs, sub-ICB 70F)',
    pcns: ['U26939', 'U32354', 'U96386', 'U57981'],
    practices: [
      ['Courtyard Surgery', '', 'H82028'], // another COURTYARD SURGERY in Wiltshire
      ['The Park Surgery, Horsham', '', 'H82017'], // 7 nationally, one in Littlehampton (same sub-ICB)
      ['Orchard Surgery', 'RH12 1PJ', 'H82036'], // 5 nationally, THE ORCHARD SURGERY in Lancing
      ['Riverside Medical Practice', '', 'H82089'], // 3 nationally
      ['Rudgwick Medical Centre', '', 'H82027'],
      ['Holbrook Surgery', '', 'H82640'],
      ['Cowfold Surgery', '', 'H82004'],
      ['The Village Surgery (Southwater)', '', 'H82092'], // 6 nationally
      ['Steyning Health Centre', 'BN44 3RJ', 'H82022'],
      ['Henfield Medical Centre', '', 'H82060'],
      ['Billingshurst Surgery', '', 'H82055'],
      ['The Glebe Surgery, Storrington', '', 'H82070'],
      ['Southwater Medical Centre', '', null],
    ],
  },
  {
    name: 'Barking and Dagenham (6 PCNs, sub-ICB A3A8R)',
    pcns: ['U55387', 'U27362', 'U86966', 'U92874', 'U26744', 'U11211'],
    practices: [
      ['Dr Jaiswal & Partners', '', 'F82025'], // ODS: DR BK JAISWAL'S PRACTICE
      ["Dr Haider's Practice (Valence Medical Centre)", '', 'F82038'],
      ['Laburnum Health Centre', '', 'F82051'],
      ['The Gables Surgery', '', 'F82642'],
      ['Green Lane Surgery', '', 'F82661'], // 2 nationally, the other in Birmingham
      ['Dr Arif', '', 'F86040'], // ODS: DR A ARIF
      ['Oval Practice', '', 'Y01795'],
      ["Dr Fateh's Surgery", '', 'F82003'],
      ['Hedgemans Medical Centre', '', 'F82015'],
      ['St. Albans Surgery', '', 'F82017'],
      ['Heathway Medical Centre', '', 'F82634'],
      ["Dr Alkaisy's Practice", '', 'F82678'],
      ['Drs Shah & Partners, Parkview Medical Centre', '', 'F82679'], // DR DP SHAH'S PRACTICE; PARKVIEW MC elsewhere
      ['Beam Park Medical Practice', '', 'Y08371'],
      ['Dr Goyal & Partners', '', 'F82005'],
      ['Marks Gate Health Centre', '', 'F82604'],
      ['Tulasi Medical Centre', '', 'F82660'],
      ['Becontree Medical Centre', '', 'F82677'],
      ['Abbey Medical Centre', '', 'F82625'], // 5 nationally
      ['Victoria and Five Elms Medical Centre', '', 'F82034'],
      ['Faircross Health Centre', '', 'F82027'], // the building of DR P PRASAD'S PRACTICE
      ['Halbutt Street Surgery', '', 'F82001'],
      ['White House Surgery', '', 'F82612'], // WHITEHOUSE SURGERY elsewhere
      ['Barking Medical Group', '', 'F82018'],
      ['Dr Okafor & Partners', '', null],
    ],
  },
  {
    // Written after the matcher was tuned on the four lists above, and passed as first run.
    name: 'East Bristol and South Gloucestershire (4 PCNs, sub-ICB 15C)',
    pcns: ['U00402', 'U06486', 'U13456', 'U16600'],
    practices: [
      ['Stockwood Medical Centre', '', 'L81009'],
      ['Nightingale Valley Practice (Brooklea Health Centre)', '', 'L81033'],
      ['Priory Surgery, Knowle', '', 'L81084'], // 2 nationally
      ['Birchwood Medical Practice', '', 'L81120'], // 3 nationally
      ['Wells Road Surgery', '', 'L81125'],
      ['Stokes Medical Group - Stoke Gifford Medical Centre', '', 'L81118'],
      ['Bradley Stoke Surgery', '', 'L81649'], // dormant in epraccur: matched, with a lower score
      ['Frome Valley Medical Centre', '', 'L81014'],
      ['Courtside Surgery, Yate', '', 'L81024'],
      ['Kennedy Way Surgery', '', 'L81042'],
      ['West Walk Surgery', '', 'L81047'],
      ['Wellington Road Surgery', '', 'L81642'], // 2 nationally
      ['Close Farm Surgery', '', 'L81050'],
      ['Kingswood Health Centre', '', 'L81063'],
      ['Hanham Surgery', '', 'L81079'], // ODS: HANHAM HEALTH, at "HANHAM SURGERY"
      ['Cadbury Heath Healthcare', '', 'L81130'],
    ],
  },
];
