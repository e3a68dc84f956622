// Renders a CSL-JSON bibliography with citeproc-js, the CSL processor inside Zotero and Mendeley:
//   node render.js STYLE.csl LOCALE.xml ITEMS.json
// prints a JSON array of the bibliography's entries, as plain text, in the style's order.
"use strict";
const fs = require("fs");
const CSL = require("citeproc");

const [style, locale, itemsFile] = process.argv.slice(2);
const items = JSON.parse(fs.readFileSync(itemsFile, "utf8"));
const byId = Object.fromEntries(items.map((item) => [item.id, item]));
const sys = {
  retrieveLocale: () => fs.readFileSync(locale, "utf8"),
  retrieveItem: (id) => byId[id],
};
const engine = new CSL.Engine(sys, fs.readFileSync(style, "utf8"), "en-US");
engine.setOutputFormat("text");
engine.updateItems(items.map((item) => item.id));
const [, entries] = engine.makeBibliography();
process.stdout.write(JSON.stringify(entries.map((entry) => entry.trim())));
