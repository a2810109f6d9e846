"use client";
// Errors of an agency's page: the Vietnamese panel inside the shell, with the way back to the section.
import { sectionError } from "@/components/shell/error-panel";

export default sectionError("/", "nav.home");
