// Print buttons on the paper pages (the guide, the notices): shown once this runs, each opens the
// print dialog. Nothing else happens; the print styles do the rest.
export function enablePrintButtons(root: ParentNode = document): void {
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-print]')) {
    button.hidden = false;
    button.addEventListener('click', () => window.print());
  }
}
