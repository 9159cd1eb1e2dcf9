// Copies the browser libraries the app serves from node_modules to static/vendor, with licenses.
// Run `npm ci && npm run vendor` after changing versions in package.json; commit the result.
import { copyFileSync, mkdirSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");
const target = join(here, "static", "vendor");

const FILES = {
  leaflet: ["dist/leaflet.js", "dist/leaflet.css", "LICENSE"],
  cytoscape: ["dist/cytoscape.min.js", "LICENSE"],
  "topojson-client": ["dist/topojson-client.min.js", "LICENSE"],
  // Natural Earth 1:110m country outlines (public domain), as TopoJSON.
  "world-atlas": ["countries-110m.json", "LICENSE"],
};

rmSync(target, { recursive: true, force: true });
for (const [name, files] of Object.entries(FILES)) {
  mkdirSync(join(target, name), { recursive: true });
  for (const file of files) {
    const base = file.split("/").pop();
    copyFileSync(join(root, "node_modules", name, file), join(target, name, base));
  }
}
console.log(`vendored ${Object.keys(FILES).join(", ")} into ${target}`);
