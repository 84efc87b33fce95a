import type { APIRoute } from 'astro';
import { companyPaths } from '../../../data/company-pages.ts';
import { drawnAhead } from '../../../data/drawn-ahead.ts';
import { shareImageJob, shareImageResponse } from '../../../lib/images/png-response.ts';
import type { CompanyPage } from '../../../lib/view/company-pages.ts';
import { companyShareImage } from '../../../lib/view/share-image-spec.ts';

export const getStaticPaths = async () =>
  drawnAhead(await companyPaths(), ({ props }) => shareImageJob(companyShareImage(props.page)));

export const GET: APIRoute<{ page: CompanyPage }> = ({ props: { page } }) =>
  shareImageResponse(companyShareImage(page));
