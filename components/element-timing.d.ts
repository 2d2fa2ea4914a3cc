import 'react';

// Element Timing (Chromium): `elementtiming` names an element whose first paint the browser reports. The
// benchmark reads when the popup first painted the company's name and the verdict.
declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- the declaration must repeat React's type parameter to merge
  interface HTMLAttributes<T> {
    elementtiming?: string;
  }
}
