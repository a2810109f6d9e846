"use client";
// Errors of the administration pages: the Vietnamese panel inside the shell, with the way back to the section.
import { sectionError } from "@/components/shell/error-panel";

export default sectionError("/", "nav.home");
