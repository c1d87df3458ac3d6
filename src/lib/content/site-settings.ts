// content/site.yaml for Astro's configuration, which needs the site's address
// (and its colours) before the content layer runs: the same file, reader and
// check as everywhere else (checkSiteFile). With errors the build prints the
// German report and stops, as it does for every other content file.
import { checkSiteFile, type CheckedSite } from './check.ts';
import { errorReport, errorsOnly } from './messages.ts';
import { contentRoot } from './paths.ts';

export function siteSettings(root: string = contentRoot()): CheckedSite {
  const { site, problems } = checkSiteFile(root);
  const errors = errorsOnly(problems);
  if (site && errors.length === 0) return site;
  process.stderr.write(`\n${errorReport(errors)}\n`);
  process.exit(1);
}
