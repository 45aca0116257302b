import type { Logger } from '@consilium/subgraph-kit';
import type { MikroORM } from '@mikro-orm/core';
import { Router } from 'express';
import { invoiceLinkValid } from './invoice-link';
import { renderInvoicePdf } from './invoice-pdf';
import { RefundStatus } from '../refund/refund-status.enum';
import { Refund } from '../refund/refund.entity';
import { Invoice } from './invoice.entity';

/**
 * `GET /invoices/:id/invoice.pdf?exp&sig` — an invoice as a PDF attachment behind a signed link
 * (Invoice.downloadUrl); 403 for a bad or expired link, 404 for no such invoice. Never cached.
 * The gateway serves it under its own origin.
 * @param orm - billing's ORM
 * @param logger - for failures
 * @returns the router
 */
export function invoiceRoutes(orm: MikroORM, logger: Logger): Router {
  const router = Router();
  router.get('/invoices/:id/invoice.pdf', async (req, res) => {
    const refuse = (status: number, code: string, message: string): void => {
      res.status(status).json({ error: { code, message } });
    };
    if (!invoiceLinkValid(req.params.id, req.query['exp'], req.query['sig'])) {
      return refuse(403, 'FORBIDDEN', 'This download link is invalid or has expired.');
    }
    try {
      const em = orm.em.fork();
      const invoice = await em.findOne(Invoice, { id: req.params.id });
      if (!invoice) return refuse(404, 'NOT_FOUND', 'This invoice does not exist.');
      const refunds = await em.find(
        Refund,
        { payment: invoice.payment.id, status: RefundStatus.PROCESSED },
        { orderBy: { processedAt: 'asc' } },
      );
      const pdf = await renderInvoicePdf(invoice, refunds);
      res
        .status(200)
        .set({
          'Content-Type': 'application/pdf',
          'Content-Length': String(pdf.length),
          'Content-Disposition': `attachment; filename="consilium-invoice-${invoice.number.replaceAll('/', '-')}.pdf"`,
          'Cache-Control': 'private, no-store',
          'X-Content-Type-Options': 'nosniff',
        })
        .send(pdf);
    } catch (error) {
      logger.error({ err: error }, 'invoice PDF failed');
      refuse(500, 'INTERNAL', 'The invoice could not be printed just now; try again.');
    }
  });
  return router;
}
