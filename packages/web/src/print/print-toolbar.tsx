import { useState } from "react";
import { t } from "../strings";
import type { PrintBlock } from "./print-block";

const words = t.print;
type Status = "idle" | "working" | "done" | "failed";

/** Print (the browser's dialog, with the print stylesheet) or download a PDF made on the spot. */
export function PrintToolbar(props: { title: string; blocks: () => readonly PrintBlock[] }) {
  const [status, setStatus] = useState<Status>("idle");
  const download = async () => {
    setStatus("working");
    try {
      // The PDF code and pdf-lib load only now, when someone asks for a PDF.
      const [{ buildPdf }, { downloadFile }] = await Promise.all([
        import("./build-pdf"),
        import("../lib/download-file"),
      ]);
      const now = new Date();
      const bytes = await buildPdf(props.blocks(), { title: props.title, createdAt: now });
      downloadFile(
        bytes as BlobPart,
        words.pdfFileName(now.toISOString().slice(0, 10)),
        "application/pdf",
      );
      setStatus("done");
    } catch {
      setStatus("failed");
    }
  };
  return (
    <div className="print-toolbar no-print">
      <div className="button-row">
        <button type="button" className="button-primary" onClick={() => window.print()}>
          {words.printButton}
        </button>
        <button type="button" disabled={status === "working"} onClick={() => void download()}>
          {status === "working" ? words.pdfWorking : words.pdfButton}
        </button>
      </div>
      <p role="status" className={status === "failed" ? "field-error" : "hint"}>
        {status === "done" && words.pdfDone}
        {status === "failed" && words.pdfFailed}
      </p>
    </div>
  );
}
