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

/// A host's accent colour: given as `#rgb` or `#rrggbb` (any case), kept as lowercase
/// `#rrggbb`, so it is safe to hand to the stylesheet as it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Accent {
    hex: String,
}

impl Accent {
    /// Reads `#rgb` or `#rrggbb`; anything else (names, `rgb()`, extra characters) is `None`.
    pub fn parse(value: &str) -> Option<Self> {
        let digits = value.strip_prefix('#')?;
        if !digits.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        let hex = match digits.len() {
            3 => digits.chars().flat_map(|c| [c, c]).collect::<String>(),
            6 => digits.to_owned(),
            _ => return None,
        };
        Some(Self {
            hex: format!("#{}", hex.to_ascii_lowercase()),
        })
    }

    /// The colour as `#rrggbb`.
    pub fn hex(&self) -> &str {
        &self.hex
    }

    /// The text colour to put on this colour (a button's label): white or near-black,
    /// whichever contrasts more, so a pale accent still gets readable buttons.
    pub fn text_colour(&self) -> &'static str {
        const NEAR_BLACK: &str = "#111111";
        // WCAG relative luminance of #111111.
        const NEAR_BLACK_LUMINANCE: f64 = 0.005_605;
        let luminance = self.relative_luminance();
        let against_white = 1.05 / (luminance + 0.05);
        let against_near_black = (luminance + 0.05) / (NEAR_BLACK_LUMINANCE + 0.05);
        if against_white >= against_near_black {
            "#ffffff"
        } else {
            NEAR_BLACK
        }
    }

    /// The WCAG 2 relative luminance, 0 (black) to 1 (white).
    fn relative_luminance(&self) -> f64 {
        let channel = |i: usize| {
            let value = self
                .hex
                .get(i..i + 2)
                .and_then(|pair| u8::from_str_radix(pair, 16).ok())
                .unwrap_or(0);
            let srgb = f64::from(value) / 255.0;
            if srgb <= 0.039_28 {
                srgb / 12.92
            } else {
                ((srgb + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5)
    }
}

/// How the app was asked to run, from its address.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EmbedOptions {
    /// `embed=1`: inside another site's iframe, in compact mode (no site header or footer),
    /// reporting its height to the host page.
    pub embedded: bool,
    /// `accent=%23rrggbb` (or `%23rgb`): the host's accent colour.
    pub accent: Option<Accent>,
    /// `theme=light` or `theme=dark`: a forced colour scheme.
    pub theme: Option<Theme>,
    /// `mode=pulse` or `mode=full`: which check to open with.
    pub mode: Option<StartMode>,
}

impl EmbedOptions {
    /// Reads the options from a query string such as `location.search`, with or without
    /// its leading `?`. Names and values are percent-decoded (`+` is a space); a pair that
    /// does not decode, an unknown name and an invalid value are ignored, and a later valid
    /// value replaces an earlier one. Without `embed=1` the result is the default: a page
    /// that is not embedded takes no options from its address.
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
                "accent" => options.accent = Accent::parse(&value).or(options.accent),
                "theme" => options.theme = Theme::parse(&value).or(options.theme),
                "mode" => options.mode = StartMode::parse(&value).or(options.mode),
                _ => {}
            }
        }
        if options.embedded {
            options
        } else {
            Self::default()
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

/// The value of one hex digit.
fn hex_value(digit: u8) -> Option<u8> {
    char::from(digit)
        .to_digit(16)
        .and_then(|d| u8::try_from(d).ok())
}
