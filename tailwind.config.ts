import type { Config } from "tailwindcss";

// Read by app/globals.css through `@config`: the brand palette and type scale live here.
export default {
  darkMode: "class",
  theme: {
    extend: {
      colors: {
        brand: {
          50: "#f3f1ff",
          100: "#e9e5ff",
          200: "#d5ceff",
          300: "#b6a6ff",
          400: "#9274ff",
          500: "#7347ff",
          600: "#6326f7",
          700: "#5518e3",
          800: "#4714bf",
          900: "#3b139c",
          950: "#230a6a",
        },
      },
      fontFamily: {
        sans: [
          "Inter Variable",
          "Inter",
          "ui-sans-serif",
          "system-ui",
          "-apple-system",
          "Segoe UI",
          "Roboto",
          "sans-serif",
        ],
        mono: ["ui-monospace", "SFMono-Regular", "Menlo", "monospace"],
      },
      boxShadow: {
        card: "0 1px 2px rgb(0 0 0 / 0.04), 0 4px 16px -4px rgb(0 0 0 / 0.08)",
      },
    },
  },
} satisfies Config;
