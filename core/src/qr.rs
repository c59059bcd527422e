//! QR codes drawn as SVG, so a share link can be scanned from a projector or a printout.
//!
//! Encoding is Nayuki's `qrcodegen` at error-correction level Medium (raised to a higher
//! level when that fits in the same size). The output is plain data — a size and SVG path
//! data — so the UI only wraps it in an `<svg>`; `tests/qr.rs` rasterises the path and
//! decodes it back with an independent reader.

use std::fmt::Write as _;

use qrcodegen::{QrCode, QrCodeEcc};

/// Width of the light border around the code, in modules (the standard asks for 4).
pub const QUIET_ZONE: u32 = 4;

/// A QR code ready to draw as SVG: `size` modules square including a 4-module quiet zone,
/// and `path`, SVG path data drawing every dark module as a 1×1 unit square.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QrSvg {
    /// Width and height in modules, quiet zone included; use it for the `viewBox`.
    pub size: u32,
    /// SVG path data: one `M{x} {y}h{n}v1h-{n}z` subpath per horizontal run of dark modules.
    pub path: String,
}

/// Why a text could not be turned into a QR code; the interface words it from
/// `qr_too_long` in `content/en/ui-parts.json`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QrError {
    /// The text holds more than the largest QR code can carry.
    TooLong,
}

/// Encodes `text` as a QR code and returns it as SVG path data.
///
/// # Errors
///
/// [`QrError::TooLong`] when the text does not fit even the largest QR code (version 40)
/// at level Medium — about 2,300 characters of a typical URL.
pub fn qr_svg(text: &str) -> Result<QrSvg, QrError> {
    let code = QrCode::encode_text(text, QrCodeEcc::Medium).map_err(|_| QrError::TooLong)?;
    let modules = code.size();
    let mut path = String::new();
    for y in 0..modules {
        let mut x = 0;
        while x < modules {
            if !code.get_module(x, y) {
                x += 1;
                continue;
            }
            let start = x;
            while x < modules && code.get_module(x, y) {
                x += 1;
            }
            let run = x - start;
            let qz = QUIET_ZONE as i32;
            // Writing to a String cannot fail.
            let _ = write!(path, "M{} {}h{run}v1h-{run}z", start + qz, y + qz);
        }
    }
    // `size()` is between 21 and 177, so the conversion never fails.
    let size = u32::try_from(modules).unwrap_or(0) + 2 * QUIET_ZONE;
    Ok(QrSvg { size, path })
}

impl QrSvg {
    /// A standalone SVG document: white background, black modules, and `title` as its
    /// accessible name (escaped for XML).
    pub fn svg_document(&self, title: &str) -> String {
        let s = self.size;
        format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {s} {s}\" \
             shape-rendering=\"crispEdges\" role=\"img\"><title>{}</title>\
             <rect width=\"{s}\" height=\"{s}\" fill=\"#fff\"/>\
             <path fill=\"#000\" d=\"{}\"/></svg>",
            escape_xml(title),
            self.path
        )
    }
}

fn escape_xml(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c => out.push(c),
        }
    }
    out
}
