import Link from "next/link";
import { buttonClass } from "@/components/ui/button-class";
import { inputClass } from "@/components/ui/field";
import { followedWithinChoices, genderLabels, languageLabels, osLabels, prefectures, statusLabels } from "@/lib/followers/filter-options";
import { ageBandLabels, ageBands, deviceOses, genders } from "@/lib/followers/schemas";

type Choice = { value: string; label: string };

function CheckboxGroup({ legend, name, choices, selected }: { legend: string; name: string; choices: Choice[]; selected: string[] }) {
  return (
    <fieldset className="space-y-1">
      <legend className="text-sm font-medium text-slate-700">{legend}</legend>
      <div className="flex flex-wrap gap-x-3 gap-y-1">
        {choices.map((c) => (
          <label key={c.value} className="inline-flex items-center gap-1 text-sm">
            <input type="checkbox" name={name} value={c.value} defaultChecked={selected.includes(c.value)} />
            {c.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** Current values first, so a value typed in (or from a shared link) stays selectable and visible. */
function withSelected(choices: Choice[], selected: string[]): Choice[] {
  const known = new Set(choices.map((c) => c.value));
  return [...selected.filter((v) => !known.has(v)).map((v) => ({ value: v, label: v })), ...choices];
}

/**
 * A plain GET form: the filter lives in the URL (repeated parameters, as parseFollowerFilterQuery
 * reads them), so it works without JavaScript, survives a reload and can be shared or exported.
 */
export function FollowerFilterForm({ action, query }: { action: string; query: URLSearchParams }) {
  const all = (name: string) => query.getAll(name).map((v) => v.trim()).filter(Boolean);
  const selectedAreas = all("area");
  const selectedTags = all("tag");
  const days = query.get("followedWithinDays") ?? "";
  const dayChoices: string[] = followedWithinChoices.map(String);
  if (days && !dayChoices.includes(days)) dayChoices.push(days);
  const filterCount = ["gender", "ageBand", "area", "language", "os", "tag"].reduce((n, name) => n + all(name).length, 0) + (query.get("status") ? 1 : 0) + (days ? 1 : 0);

  return (
    <form method="get" action={action} className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm" role="search" aria-label="Filter followers">
      <div className="grid gap-4 sm:grid-cols-[2fr_1fr_1fr]">
        <div className="space-y-1">
          <label htmlFor="q" className="block text-sm font-medium text-slate-700">
            Search name or external id
          </label>
          <input id="q" name="q" type="search" defaultValue={query.get("q") ?? ""} maxLength={100} className={inputClass} placeholder="Mika, or U4af4980629" />
        </div>
        <div className="space-y-1">
          <label htmlFor="status" className="block text-sm font-medium text-slate-700">
            Status
          </label>
          <select id="status" name="status" defaultValue={query.get("status") ?? ""} className={inputClass}>
            <option value="">Any</option>
            {Object.entries(statusLabels).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div className="space-y-1">
          <label htmlFor="followedWithinDays" className="block text-sm font-medium text-slate-700">
            Followed within
          </label>
          <select id="followedWithinDays" name="followedWithinDays" defaultValue={days} className={inputClass}>
            <option value="">Any time</option>
            {dayChoices.map((d) => (
              <option key={d} value={d}>
                {d === "1" ? "the last day" : `the last ${d} days`}
              </option>
            ))}
          </select>
        </div>
      </div>

      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <CheckboxGroup legend="Gender" name="gender" choices={genders.map((g) => ({ value: g, label: genderLabels[g] }))} selected={all("gender")} />
        <CheckboxGroup legend="Age" name="ageBand" choices={ageBands.map((b) => ({ value: b, label: ageBandLabels[b] }))} selected={all("ageBand")} />
        <CheckboxGroup legend="OS" name="os" choices={deviceOses.map((o) => ({ value: o, label: osLabels[o] }))} selected={all("os")} />
        <CheckboxGroup
          legend="Language"
          name="language"
          choices={withSelected(
            Object.entries(languageLabels).slice(0, 4).map(([value, label]) => ({ value, label })),
            all("language"),
          )}
          selected={all("language")}
        />
      </div>

      <div className="grid gap-4 sm:grid-cols-2">
        <details className="space-y-2" open={selectedAreas.length > 0}>
          <summary className="cursor-pointer text-sm font-medium text-slate-700">
            Area{selectedAreas.length ? ` (${selectedAreas.join(", ")})` : ""}
          </summary>
          <CheckboxGroup legend="Prefectures" name="area" choices={withSelected(prefectures.map((p) => ({ value: p, label: p })), selectedAreas)} selected={selectedAreas} />
          <div className="space-y-1">
            <label htmlFor="area-other" className="block text-sm font-medium text-slate-700">
              Another area
            </label>
            <input id="area-other" name="area" maxLength={60} className={inputClass} placeholder="e.g. Shibuya" />
          </div>
        </details>
        <div className="space-y-2">
          {selectedTags.length ? <CheckboxGroup legend="Tags" name="tag" choices={selectedTags.map((t) => ({ value: t, label: t }))} selected={selectedTags} /> : null}
          <div className="grid grid-cols-[1fr_auto] items-end gap-2">
            <div className="space-y-1">
              <label htmlFor="tag-new" className="block text-sm font-medium text-slate-700">
                {selectedTags.length ? "Another tag" : "Tag"}
              </label>
              <input id="tag-new" name="tag" maxLength={40} className={inputClass} placeholder="e.g. vip" />
            </div>
            <div className="space-y-1">
              <label htmlFor="tagMode" className="block text-sm font-medium text-slate-700">
                Match
              </label>
              <select id="tagMode" name="tagMode" defaultValue={query.get("tagMode") ?? "any"} className={inputClass}>
                <option value="any">any tag</option>
                <option value="all">all tags</option>
              </select>
            </div>
          </div>
        </div>
      </div>

      <div className="flex items-center gap-3">
        <button type="submit" className={buttonClass("primary")}>
          Apply filters
        </button>
        {filterCount > 0 || query.get("q") ? (
          <Link href={action} className="text-sm font-semibold text-brand-700 hover:underline">
            Clear filters
          </Link>
        ) : null}
      </div>
    </form>
  );
}
