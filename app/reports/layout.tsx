import type { ReactNode } from "react";
import "./print.css";

/** The public site. Pages here read only published snapshots and are cached; publishing revalidates this layout. */
export default function ReportsLayout({ children }: { children: ReactNode }) {
  return children;
}
