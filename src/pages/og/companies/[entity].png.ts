import type { APIRoute } from 'astro';
import { companyPaths } from '../../../data/company-pages.ts';
import { shareImageResponse } from '../../../lib/images/png-response.ts';
import type { CompanyPage } from '../../../lib/view/company-pages.ts';
import { companyShareImage } from '../../../lib/view/share-image-spec.ts';

export const getStaticPaths = companyPaths;

export const GET: APIRoute<{ page: CompanyPage }> = ({ props: { page } }) =>
  shareImageResponse(companyShareImage(page));
