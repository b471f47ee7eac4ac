import { Parser } from "csv-parse";
const HEADER = "external_id,display_name,gender,birth_year,area,language,os,tags";
const lines = [HEADER];
for (let i = 0; i < 200000; i++) lines.push(`B${i},Follower ${i},${i % 2 ? "female" : "male"},${1950 + (i % 60)},Area ${i % 47},ja,${i % 3 ? "ios" : "android"},t${i % 5}|vip`);
const buf = Buffer.from(lines.join("\n"));
for (const variant of ["plain", "on_record", "plain", "on_record", "info"]) {
  const t = performance.now();
  const items: unknown[] = [];
  const opts: Record<string, unknown> = { bom: true, skip_empty_lines: true, relax_column_count: true, relax_quotes: true, skip_records_with_error: true };
  if (variant === "on_record") opts.on_record = (r: string[]) => { items.push(r); return null; };
  if (variant === "info") opts.info = true;
  const p = new Parser(opts);
  p.on("readable", () => { let r; while ((r = p.read()) !== null) items.push(r); });
  for (let o = 0; o < buf.length; o += 131072) p.write(buf.subarray(o, o + 131072));
  p.end();
  await new Promise((r) => p.on("end", r));
  console.log(variant, items.length, (performance.now() - t).toFixed(0), "ms");
}
