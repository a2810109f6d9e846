"use client";
import { sectionError } from "@/components/shell/error-panel";

export default sectionError("/service-index", "nav.serviceIndex");
