//! Options for running inside another site's page, read from the address's query string.
//!
//! `embed/embed.js` turns `<div data-readiness-widget>` on a host page into an iframe of
//! this app at `?embed=1`, adding `accent`, `theme` and `mode` for the options the host set
//! validly, for example `?embed=1&accent=%231f5f8b&theme=dark&mode=pulse`.
//! [`EmbedOptions::from_query`] reads them back. The address can be edited by anyone, so
//! every value is checked again here: anything missing, misspelled or invalid is ignored,
//! and nothing but a plain hex colour ever reaches the stylesheet. Without `embed=1` the
//! other options are ignored too: they belong to the embedded, compact mode only.

/// The `type` of the message the embedded app posts to its host page whenever its height
/// changes; `embed.js` accepts no other.
pub const HEIGHT_MESSAGE_TYPE: &str = "district-ai-readiness:height";

/// A colour scheme the host page chose, instead of following the visitor's system setting.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Theme {
    /// Light colours, even when the system prefers dark.
    Light,
    /// Dark colours, even when the system prefers light.
    Dark,
}

impl Theme {
    /// Reads `light` or `dark`.
    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "light" => Some(Self::Light),
            "dark" => Some(Self::Dark),
            _ => None,
        }
    }

    /// The value of the `data-theme` attribute the stylesheet reads.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Light => "light",
            Self::Dark => "dark",
        }
    }
}

/// Which version of the check an embedded widget opens with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StartMode {
    /// The short pulse check.
    Pulse,
    /// The full questionnaire.
    Full,
}

impl StartMode {
    /// Reads `pulse` or `full`.
    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "pulse" => Some(Self::Pulse),
            "full" => Some(Self::Full),
            _ => None,
        }
    }
}

/// A colour given as `#rgb` or `#rrggbb` (any case), written back as lowercase `#rrggbb`,
/// so it is safe to hand to the stylesheet as it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HexColour {
    rgb: [u8; 3],
}

impl HexColour {
    /// The colour with these red, green and blue values.
    pub const fn new(rgb: [u8; 3]) -> Self {
        Self { rgb }
    }

    /// Reads `#rgb` or `#rrggbb`; anything else (names, `rgb()`, extra characters) is `None`.
    pub fn parse(value: &str) -> Option<Self> {
        let digits = value.strip_prefix('#')?.as_bytes();
        let digit = |i: usize| digits.get(i).copied().and_then(hex_value);
        let rgb = match digits.len() {
            3 => [digit(0)? * 17, digit(1)? * 17, digit(2)? * 17],
            6 => [
                digit(0)? << 4 | digit(1)?,
                digit(2)? << 4 | digit(3)?,
                digit(4)? << 4 | digit(5)?,
            ],
            _ => return None,
        };
        Some(Self { rgb })
    }

    /// The colour as lowercase `#rrggbb`.
    pub fn hex(&self) -> String {
        let [r, g, b] = self.rgb;
        format!("#{r:02x}{g:02x}{b:02x}")
    }

    /// The text colour to put on this colour (a button's label): white or near-black,
    /// whichever contrasts more, so a pale accent still gets readable buttons.
    pub fn text_colour(&self) -> HexColour {
        const WHITE: HexColour = HexColour::new([0xff; 3]);
        const NEAR_BLACK: HexColour = HexColour::new([0x11; 3]);
        if self.contrast(&WHITE) >= self.contrast(&NEAR_BLACK) {
            WHITE
        } else {
            NEAR_BLACK
        }
    }

    /// This colour, or the nearest shade of it that reads as text on `background` (a
    /// contrast of at least 4.5:1, WCAG AA): mixed toward black on a light background,
    /// toward white on a dark one, in steps of 5 %.
    pub fn readable_on(&self, background: &HexColour) -> HexColour {
        let toward = if background.relative_luminance() > 0.18 {
            0.0
        } else {
            255.0
        };
        (0..=20)
            .map(|step| {
                let share = f64::from(step) / 20.0;
                HexColour {
                    rgb: self.rgb.map(|c| {
                        // Within 0..=255 by construction; `as` saturates anyway.
                        (f64::from(c) + (toward - f64::from(c)) * share).round() as u8
                    }),
                }
            })
            .find(|shade| shade.contrast(background) >= 4.5)
            .unwrap_or(*self)
    }

    /// The WCAG 2 contrast ratio between two colours, 1 to 21.
    pub fn contrast(&self, other: &HexColour) -> f64 {
        let (a, b) = (self.relative_luminance(), other.relative_luminance());
        (a.max(b) + 0.05) / (a.min(b) + 0.05)
    }

    /// The WCAG 2 relative luminance, 0 (black) to 1 (white).
    fn relative_luminance(&self) -> f64 {
        let [r, g, b] = self.rgb.map(|c| {
            let srgb = f64::from(c) / 255.0;
            if srgb <= 0.039_28 {
                srgb / 12.92
            } else {
                power_2_4((srgb + 0.055) / 1.055)
            }
        });
        0.2126 * r + 0.7152 * g + 0.0722 * b
    }
}

/// How the app was asked to run, from its address.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EmbedOptions {
    /// `embed=1`: inside another site's iframe, in compact mode (no site header or footer),
    /// reporting its height to the host page.
    pub embedded: bool,
    /// `accent=%23rrggbb` (or `%23rgb`): the host's accent colour.
    pub accent: Option<HexColour>,
    /// `theme=light` or `theme=dark`: a forced colour scheme.
    pub theme: Option<Theme>,
    /// `mode=pulse` or `mode=full`: which check to open with.
    pub mode: Option<StartMode>,
    /// `present` (with any value or none): the presenter page instead of the check.
    pub present: bool,
}

impl EmbedOptions {
    /// Reads the options from a query string such as `location.search`, with or without
    /// its leading `?`. Names and values are percent-decoded (`+` is a space); a pair that
    /// does not decode, an unknown name and an invalid value are ignored, and a later valid
    /// value replaces an earlier one. Without `embed=1` only `mode` and `present` are
    /// kept: the presenter's QR code opens the pulse with `?mode=pulse`, but a page that is
    /// not embedded takes no styling from its address.
    pub fn from_query(query: &str) -> Self {
        let query = query.strip_prefix('?').unwrap_or(query);
        let mut options = Self::default();
        for pair in query.split('&') {
            let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
            let (Some(name), Some(value)) = (percent_decode(name), percent_decode(value)) else {
                continue;
            };
            match name.as_str() {
                "embed" => options.embedded = value == "1",
                "accent" => options.accent = HexColour::parse(&value).or(options.accent),
                "theme" => options.theme = Theme::parse(&value).or(options.theme),
                "mode" => options.mode = StartMode::parse(&value).or(options.mode),
                "present" => options.present = true,
                _ => {}
            }
        }
        if options.embedded {
            options
        } else {
            Self {
                mode: options.mode,
                present: options.present,
                ..Self::default()
            }
        }
    }
}

/// Decodes `application/x-www-form-urlencoded` text: `%XX` escapes and `+` for a space.
/// `None` when an escape is malformed or the bytes are not UTF-8.
fn percent_decode(text: &str) -> Option<String> {
    let mut bytes = Vec::with_capacity(text.len());
    let mut rest = text.bytes();
    while let Some(byte) = rest.next() {
        bytes.push(match byte {
            b'+' => b' ',
            b'%' => {
                let high = hex_value(rest.next()?)?;
                let low = hex_value(rest.next()?)?;
                high << 4 | low
            }
            other => other,
        });
    }
    String::from_utf8(bytes).ok()
}

/// The value of one ASCII hex digit.
fn hex_value(digit: u8) -> Option<u8> {
    match digit {
        b'0'..=b'9' => Some(digit - b'0'),
        b'a'..=b'f' => Some(digit - b'a' + 10),
        b'A'..=b'F' => Some(digit - b'A' + 10),
        _ => None,
    }
}

/// `x` to the power 2.4, for `x` in `0..=1`: `x² · y` where `y⁵ = x²` (so `y = x^0.4`),
/// found by Newton's method from above, which falls monotonically to the root and stops
/// when it can fall no further. `f64::powf` would bring a general `pow` into the first
/// download, about a kilobyte, for the one exponent the sRGB curve needs.
fn power_2_4(x: f64) -> f64 {
    let square = x * x;
    if square <= 0.0 {
        return 0.0;
    }
    let mut y: f64 = 1.0;
    loop {
        let next = (4.0 * y + square / (y * y * y * y)) / 5.0;
        if next >= y {
            return square * y;
        }
        y = next;
    }
}
