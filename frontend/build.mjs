// Compiles the Hub stylesheet and copies govuk-frontend's script into the Spring Boot static
// resources, served at /assets/.
import * as sass from "sass";
import { copyFileSync, mkdirSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { NodePackageImporter } from "sass";

const out = fileURLToPath(new URL("../target/classes/static/assets/", import.meta.url));
mkdirSync(out, { recursive: true });

const result = sass.compile(fileURLToPath(new URL("scss/hub.scss", import.meta.url)), {
  style: "compressed",
  importers: [new NodePackageImporter()],
  quietDeps: true,
  silenceDeprecations: ["import"],
});
writeFileSync(out + "hub.css", result.css);

const dist = fileURLToPath(new URL("node_modules/govuk-frontend/dist/govuk/", import.meta.url));
copyFileSync(dist + "govuk-frontend.min.js", out + "govuk-frontend.min.js");
copyFileSync(fileURLToPath(new URL("init.mjs", import.meta.url)), out + "init.mjs");
console.log("Built " + out + "hub.css");
