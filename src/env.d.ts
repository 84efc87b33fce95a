/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** The view of the briefing being rendered, read by the components used inside its MDX body. */
    briefing?: import('./lib/briefing-view.ts').BriefingView;
  }
}
