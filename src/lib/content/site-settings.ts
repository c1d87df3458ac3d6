// content/site.yaml for Astro's configuration, which needs the site's address
// (and its colours) before the content layer runs: the same file, reader and
// check as everywhere else (checkSiteFile). With errors the build prints the
// German report of the whole content check (the same as `npm run check`, not
// just the site file's part) and stops, as it does for every other content file.
import { checkSite, checkSiteFile, type CheckedSite } from './check.ts';
import { errorReport, errorsOnly } from './messages.ts';
import { contentRoot } from './paths.ts';

export async function siteSettings(root: string = contentRoot()): Promise<CheckedSite> {
  const { site, problems } = checkSiteFile(root);
  if (site && errorsOnly(problems).length === 0) return site;
  const all = errorsOnly((await checkSite(root)).problems);
  const errors = all.length > 0 ? all : errorsOnly(problems);
  process.stderr.write(`\n${errorReport(errors)}\n`);
  process.exit(1);
}
