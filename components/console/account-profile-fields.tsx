import { Field, FieldError, inputClass } from "@/components/ui/field";
import { accountKindLabels, accountKinds } from "@/lib/accounts/kinds";
import { planLabels, plans } from "@/lib/accounts/plans";
import { timezones } from "@/lib/accounts/timezones";
import type { ActionState } from "@/lib/forms/action-state";

export type AccountProfileValues = {
  name: string;
  kind: string;
  category: string;
  area: string;
  timezone: string;
  plan: string;
  description: string;
};

function Select({ label, name, value, options, error }: { label: string; name: string; value: string; options: readonly (readonly [string, string])[]; error?: string }) {
  return (
    <div className="space-y-1">
      <label htmlFor={name} className="block text-sm font-medium text-slate-700">
        {label}
      </label>
      <select id={name} name={name} defaultValue={value} className={inputClass} aria-invalid={error ? true : undefined} aria-describedby={error ? `${name}-error` : undefined}>
        {options.map(([optionValue, optionLabel]) => (
          <option key={optionValue} value={optionValue}>
            {optionLabel}
          </option>
        ))}
      </select>
      <FieldError id={`${name}-error`} message={error} />
    </div>
  );
}

/** The profile fields shared by "create account" and "settings", so both validate and read alike. */
export function AccountProfileFields({ state, initial }: { state: ActionState; initial: AccountProfileValues }) {
  const value = (key: keyof AccountProfileValues) => state.values?.[key] ?? initial[key];
  return (
    <>
      <Field label="Name" name="name" required defaultValue={value("name")} error={state.fields?.name} hint="Shown to followers, e.g. Green Café Shibuya." />
      <Select label="Kind" name="kind" value={value("kind")} options={accountKinds.map((k) => [k, accountKindLabels[k]] as const)} error={state.fields?.kind} />
      <Field label="Category" name="category" required defaultValue={value("category")} error={state.fields?.category} hint="e.g. Café, Apparel, City office." />
      <Field label="Area" name="area" required defaultValue={value("area")} error={state.fields?.area} hint="Where you serve, e.g. Tokyo or Shibuya." />
      <Select label="Time zone" name="timezone" value={value("timezone")} options={timezones.map((z) => [z, z] as const)} error={state.fields?.timezone} />
      <Select label="Plan" name="plan" value={value("plan")} options={plans.map((p) => [p, planLabels[p]] as const)} error={state.fields?.plan} />
      <div className="space-y-1">
        <label htmlFor="description" className="block text-sm font-medium text-slate-700">
          Description
        </label>
        <textarea id="description" name="description" rows={3} defaultValue={value("description")} className={inputClass} aria-invalid={state.fields?.description ? true : undefined} />
        <FieldError id="description-error" message={state.fields?.description} />
      </div>
    </>
  );
}
