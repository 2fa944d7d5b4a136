import NextAuth from "next-auth";
import { authConfig } from "@/lib/auth/auth.config";

// Only an optimistic cookie check that sends signed-out visitors to the login page.
// Authorization happens in lib/dal on every query and action.
export default NextAuth(authConfig).auth;

export const config = {
  matcher: ["/workspace/:path*", "/account/:path*"],
};
