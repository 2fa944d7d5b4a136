import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Loaded from node_modules at run time rather than bundled: a native addon, and two large CommonJS document libraries.
  serverExternalPackages: ["better-sqlite3", "exceljs", "docx"],
  // Report files offered for import (lib/dal/report-import.ts refuses anything over 5 MB itself).
  experimental: { serverActions: { bodySizeLimit: "6mb" } },
};

export default nextConfig;
