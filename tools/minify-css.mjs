// `node tools/minify-css.mjs FILE.css`: the stylesheet without its comments
// and spaces, in place. Called by `cargo xtask dist` for release builds.
// Restructuring is off, so every rule stays where it was written and the
// cascade is the one the stylesheet's authors read.

import { readFileSync, writeFileSync } from "node:fs";
import { minify } from "csso";

const file = process.argv[2];
writeFileSync(file, minify(readFileSync(file, "utf8"), { restructure: false }).css);
