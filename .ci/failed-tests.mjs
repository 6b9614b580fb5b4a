// Prints every failed test of the TRX files under the given folder, with the start of its message,
// so that the tail of a CI log says which test failed and why.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

const decode = (text) =>
  text.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&#xD;/g, "").replace(/&#xA;/g, "\n").replace(/&amp;/g, "&");

function* trxFiles(folder) {
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) yield* trxFiles(path);
    else if (name.endsWith(".trx")) yield path;
  }
}

const folder = process.argv[2];
for (const file of trxFiles(folder)) {
  const trx = readFileSync(file, "utf8");
  for (const result of trx.matchAll(/<UnitTestResult\b([^>]*)>([\s\S]*?)<\/UnitTestResult>/g)) {
    const [, attributes, body] = result;
    if (!/outcome="Failed"/.test(attributes)) continue;
    const name = decode(/testName="([^"]*)"/.exec(attributes)?.[1] ?? "(unnamed test)");
    const message = decode(/<Message>([\s\S]*?)<\/Message>/.exec(body)?.[1] ?? "(no message)");
    const lines = message.trim().split("\n").slice(0, 12).map((line) => `    ${line}`);
    console.log(`FAILED ${name}\n${lines.join("\n")}`);
  }
  // A crashed or aborted test host leaves no failed result, only a run-level error.
  for (const info of trx.matchAll(/<RunInfo\b[^>]*outcome="Error"[^>]*>[\s\S]*?<Text>([\s\S]*?)<\/Text>/g)) {
    const lines = decode(info[1]).trim().split("\n").slice(0, 12).map((line) => `    ${line}`);
    console.log(`TEST RUN ERROR in ${file}\n${lines.join("\n")}`);
  }
}
