import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// The data layer's boundary (lib/dal): only it (with db/, the seed and scripts) touches the database, and
// only its public files — each checking its caller — are importable from pages, actions and components.
const DB_ONLY_IN_DAL = {
  group: ["@/db", "@/db/*", "**/db/client", "**/db/schema"],
  message: "数据库只能经由数据层（lib/dal）访问：请使用 lib/dal 中做权限检查的函数；枚举和标签见 lib/domain。",
};
const DAL_INTERNALS = {
  group: ["@/lib/dal/internal/*", "**/dal/internal/*"],
  message: "lib/dal/internal 是数据层内部实现，不做权限检查：请使用 lib/dal 中的公开函数。",
};
const SEED_ENTRY = {
  group: ["@/lib/dal/seed-entry", "**/dal/seed-entry"],
  message: "lib/dal/seed-entry 只供演示数据（db/seed）使用。",
};
const TESTS = ["**/*.test.ts", "**/*.test.tsx", "e2e/**", "lib/testing/**"];

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [".next/**", "node_modules/**", "data/**", "test-results/**", "playwright-report/**", "next-env.d.ts", "db/migrations/**"],
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      // A form handled by script is submitted by the browser itself if it is used before the page's script
      // has loaded: without method="post" that is a GET, and every field (a password too) lands in the URL.
      "no-restricted-syntax": [
        "error",
        {
          selector: "JSXOpeningElement[name.name='form']:has(JSXAttribute[name.name='onSubmit']):not(:has(JSXAttribute[name.name='method']))",
          message: "由脚本处理的表单须写 method=\"post\"：页面脚本加载前提交时，浏览器会以 GET 把各字段（包括密码）放进网址。",
        },
      ],
    },
  },
  {
    files: ["**/*.ts", "**/*.tsx"],
    ignores: ["lib/dal/**", "db/**", "scripts/**", ...TESTS],
    rules: { "no-restricted-imports": ["error", { patterns: [DB_ONLY_IN_DAL, DAL_INTERNALS, SEED_ENTRY] }] },
  },
  {
    files: ["db/**/*.ts", "scripts/**/*.ts"],
    ignores: ["db/seed/**", ...TESTS],
    rules: { "no-restricted-imports": ["error", { patterns: [SEED_ENTRY] }] },
  },
  {
    files: ["lib/dal/**/*.ts"],
    ignores: TESTS,
    rules: { "no-restricted-imports": ["error", { patterns: [SEED_ENTRY] }] },
  },
];

export default config;
