// The receipt as a one-page PDF (US Letter), drawn with pdf-lib and its built-in Helvetica: no font
// files to ship, and it runs in the route handler and the email job alike. Times are in the zone
// given (the reader's).
import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { formatVisitTime } from '../notify/format-visit-time';
import { formatReceiptMoney, receiptLines, type Receipt } from './receipt';

const MARGIN = 56;
const WIDTH = 612;
const HEIGHT = 792;
const INK = rgb(0.1, 0.1, 0.12);
const MUTED = rgb(0.35, 0.35, 0.4);

/** The standard fonts only encode WinAnsi: any other character (a name in another script) becomes "?". */
function encodable(font: PDFFont): (text: string) => string {
  const known = new Set(font.getCharacterSet());
  return (text) =>
    Array.from(text.normalize('NFC'), (ch) => (known.has(ch.codePointAt(0)!) ? ch : '?'))
      .join('')
      .replace(/[\r\n\t]+/g, ' ');
}

class Writer {
  y = HEIGHT - MARGIN;
  constructor(
    private page: PDFPage,
    private regular: PDFFont,
    private bold: PDFFont,
    private safe: (t: string) => string,
  ) {}

  text(value: string, opts: { size?: number; bold?: boolean; muted?: boolean; gap?: number } = {}) {
    const size = opts.size ?? 11;
    const font = opts.bold ? this.bold : this.regular;
    for (const line of this.wrap(this.safe(value), font, size, WIDTH - 2 * MARGIN)) {
      this.page.drawText(line, { x: MARGIN, y: this.y - size, size, font, color: opts.muted ? MUTED : INK });
      this.y -= size + 4;
    }
    this.y -= opts.gap ?? 0;
  }

  /** A label on the left and its value right-aligned, as on a till receipt. */
  row(label: string, value: string, bold = false) {
    const size = 11;
    const font = bold ? this.bold : this.regular;
    const v = this.safe(value);
    const vWidth = font.widthOfTextAtSize(v, size);
    const labelLines = this.wrap(this.safe(label), font, size, WIDTH - 2 * MARGIN - vWidth - 24);
    this.page.drawText(v, { x: WIDTH - MARGIN - vWidth, y: this.y - size, size, font, color: INK });
    for (const line of labelLines) {
      this.page.drawText(line, { x: MARGIN, y: this.y - size, size, font, color: INK });
      this.y -= size + 4;
    }
    this.y -= 2;
  }

  rule() {
    this.page.drawLine({ start: { x: MARGIN, y: this.y }, end: { x: WIDTH - MARGIN, y: this.y }, thickness: 0.5, color: MUTED });
    this.y -= 10;
  }

  private wrap(text: string, font: PDFFont, size: number, width: number): string[] {
    const lines: string[] = [];
    let line = '';
    for (const word of text.split(' ')) {
      const next = line ? `${line} ${word}` : word;
      if (line && font.widthOfTextAtSize(next, size) > width) {
        lines.push(line);
        line = word;
      } else line = next;
    }
    lines.push(line);
    return lines;
  }
}

export function receiptFileName(r: Receipt): string {
  return `receipt-${(r.receiptNumber ?? r.paymentId).replace(/[^A-Za-z0-9-]/g, '')}.pdf`;
}

export async function renderReceiptPdf(r: Receipt, timeZone: string): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(`Receipt ${r.receiptNumber ?? ''} — ${r.practice.name}`.replace('—', '-'));
  doc.setAuthor(r.practice.name);
  doc.setCreator('Rehabit');
  doc.setProducer('Rehabit');
  doc.setCreationDate(r.issuedAt);
  doc.setModificationDate(r.issuedAt);
  const page = doc.addPage([WIDTH, HEIGHT]);
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const w = new Writer(page, regular, bold, encodable(regular));

  w.text(r.practice.name, { size: 18, bold: true, gap: 2 });
  if (r.clinic) {
    w.text(r.clinic.name);
    for (const line of r.clinic.addressLines) w.text(line, { muted: true });
    w.text(`Phone ${r.clinic.phone}`, { muted: true });
  }
  w.text('', { gap: 8 });
  w.text(r.method === 'CARD' ? 'Receipt' : 'Statement (insurance claim)', { size: 16, bold: true });
  w.text(`Receipt no. ${r.receiptNumber ?? '(not numbered)'}`, { bold: true });
  w.text(`${r.method === 'CARD' ? 'Paid' : 'Recorded'} ${formatVisitTime(r.issuedAt, timeZone)}`, { muted: true, gap: 8 });
  w.rule();
  w.row('Patient', r.patient.name);
  w.row('Visit', r.visit.typeName + (r.visit.virtual ? ' (video)' : ''));
  w.row('Date', formatVisitTime(r.visit.startsAt, timeZone));
  w.row('Therapist', r.visit.therapist);
  w.row('Payment method', r.methodSummary);
  w.text('', { gap: 4 });
  w.rule();
  for (const [label, value] of receiptLines(r)) w.row(label, value, label === 'Net paid');
  w.rule();
  if (r.method === 'INSURANCE') {
    w.text(`The clinic bills your insurer for ${formatReceiptMoney(r.amountCents, r.currency)}; nothing was charged online.`, {
      muted: true,
    });
  }
  w.text(`Questions about this receipt? Call ${r.clinic?.phone ?? r.practice.name}.`, { muted: true });
  return doc.save();
}
