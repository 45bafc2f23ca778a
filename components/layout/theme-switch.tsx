import { THEMES, type Theme } from "@/lib/validation/theme";

const LABELS: Record<Theme, string> = { system: "System", light: "Light", dark: "Dark" };

/** System / light / dark: three submit buttons, so it works before (and without) JavaScript. */
export function ThemeSwitch({ theme, action }: { theme: Theme; action: (form: FormData) => Promise<void> }) {
  return (
    <form action={action} role="group" aria-label="Colour theme" className="flex rounded-md ring-1 ring-slate-200">
      {THEMES.map((option) => (
        <button
          key={option}
          type="submit"
          name="theme"
          value={option}
          aria-pressed={option === theme}
          className="px-2 py-1 text-xs font-medium text-slate-700 first:rounded-l-md last:rounded-r-md hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-indigo-700 aria-pressed:bg-indigo-50 aria-pressed:text-indigo-900"
        >
          {LABELS[option]}
        </button>
      ))}
    </form>
  );
}
