/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** The view of the briefing being rendered, read by the components used inside its MDX body. */
    briefing?: import('./lib/view/briefing-view.ts').BriefingView;
    /** Rendering for share pages: sections are marked for cutting out and drop their script controls. */
    shareMode?: boolean;
  }
}
