import { inputClass } from "@/components/ui/field";
import { roleLabels, roles } from "@/lib/auth/roles";

export function RoleSelect({ id, defaultValue, canGrantOwner, label }: { id: string; defaultValue: string; canGrantOwner: boolean; label: string }) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-700">
        {label}
      </label>
      <select id={id} name="role" defaultValue={defaultValue} className={inputClass}>
        {roles.map((role) => (
          <option key={role} value={role} disabled={role === "owner" && !canGrantOwner && defaultValue !== "owner"}>
            {roleLabels[role]}
          </option>
        ))}
      </select>
    </div>
  );
}
