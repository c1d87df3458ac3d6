// npm run --silent site-address: prints SITE_URL/BASE_PATH (and the preview folder) for this
// pipeline run as `export` lines for a shell, or with --env as lines for GitHub's $GITHUB_ENV.
// Both pipelines call it before building and testing; see src/lib/ci/site-address.ts.
import { formatAddress, siteAddress, SiteAddressError } from '../src/lib/ci/site-address.ts';

try {
  console.log(formatAddress(siteAddress(process.env), process.argv.includes('--env') ? 'env' : 'export'));
} catch (error) {
  if (!(error instanceof SiteAddressError)) throw error;
  console.error(`Adresse der Website: ${error.message}`);
  process.exit(1);
}
