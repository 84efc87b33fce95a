/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** The view of the briefing being rendered, read by the components used inside its MDX body. */
    briefing?: import('./lib/briefing-view.ts').BriefingView;
    /** On a section's share page, the id of the one section to render. */
    sharedSection?: string;
  }
}
