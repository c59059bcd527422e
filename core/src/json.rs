//! A small JSON reader and the string writer the stored record needs.
//!
//! The record is the only JSON the first download reads and writes, and it is plain
//! objects, arrays, strings, whole numbers and booleans. Reading it through this module
//! instead of serde_json keeps serde_json's parser and the derived readers out of every
//! phone's first download (README § Size); the parts still use serde_json for the workflow
//! catalogue and the plan template. The reader follows RFC 8259 strictly, as serde_json
//! does: no comments, no trailing commas, no lone surrogates, nothing after the value, and
//! at most [`DEPTH_LIMIT`] levels of nesting, so that no input can exhaust the stack.

/// How deeply arrays and objects may nest: as deeply as serde_json allows (its recursion
/// limit of 128 stops the 128th level).
pub const DEPTH_LIMIT: usize = 127;

/// A parsed JSON value. Numbers keep their text: the record has only whole numbers, read
/// by [`Json::whole_number`], so no floating-point parser is needed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Json {
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A number, as written.
    Number(String),
    /// A string, unescaped.
    String(String),
    /// An array.
    Array(Vec<Json>),
    /// An object's members in the order written.
    Object(Vec<(String, Json)>),
}

/// The input is not JSON. Where and why do not matter to the record's reader: any such
/// text is "not in a format this tool can read".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NotJson;

impl Json {
    /// Parses one JSON value, with nothing but white space around it.
    pub fn parse(text: &str) -> Result<Json, NotJson> {
        let mut reader = Reader {
            bytes: text.as_bytes(),
            text,
            at: 0,
        };
        let value = reader.value(0)?;
        reader.skip_space();
        if reader.at == reader.bytes.len() {
            Ok(value)
        } else {
            Err(NotJson)
        }
    }

    /// The value of an object's member `key` (the last one, if written twice, as a map
    /// reader keeps it); `None` for a missing member, a `null` one, or a value that is not
    /// an object.
    pub fn member(&self, key: &str) -> Option<&Json> {
        match self {
            Json::Object(members) => members
                .iter()
                .rev()
                .find(|(k, _)| k == key)
                .map(|(_, v)| v)
                .filter(|v| **v != Json::Null),
            _ => None,
        }
    }

    /// A number written as a plain whole number (digits only: no sign, fraction or
    /// exponent) that fits in a `u64`.
    pub fn whole_number(&self) -> Option<u64> {
        match self {
            Json::Number(text) if text.bytes().all(|b| b.is_ascii_digit()) => text.parse().ok(),
            _ => None,
        }
    }
}

struct Reader<'a> {
    bytes: &'a [u8],
    text: &'a str,
    at: usize,
}

impl Reader<'_> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn skip_space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    fn eat(&mut self, expected: u8) -> Result<(), NotJson> {
        if self.peek() == Some(expected) {
            self.at += 1;
            Ok(())
        } else {
            Err(NotJson)
        }
    }

    fn literal(&mut self, word: &str, value: Json) -> Result<Json, NotJson> {
        if self.bytes[self.at..].starts_with(word.as_bytes()) {
            self.at += word.len();
            Ok(value)
        } else {
            Err(NotJson)
        }
    }

    fn value(&mut self, depth: usize) -> Result<Json, NotJson> {
        self.skip_space();
        match self.peek().ok_or(NotJson)? {
            b'{' => self.object(depth + 1),
            b'[' => self.array(depth + 1),
            b'"' => self.string().map(Json::String),
            b't' => self.literal("true", Json::Bool(true)),
            b'f' => self.literal("false", Json::Bool(false)),
            b'n' => self.literal("null", Json::Null),
            b'-' | b'0'..=b'9' => self.number(),
            _ => Err(NotJson),
        }
    }

    fn object(&mut self, depth: usize) -> Result<Json, NotJson> {
        self.elements(depth, b'}', |reader, depth| {
            reader.skip_space();
            if reader.peek() != Some(b'"') {
                return Err(NotJson);
            }
            let key = reader.string()?;
            reader.skip_space();
            reader.eat(b':')?;
            Ok((key, reader.value(depth)?))
        })
        .map(Json::Object)
    }

    fn array(&mut self, depth: usize) -> Result<Json, NotJson> {
        self.elements(depth, b']', Self::value).map(Json::Array)
    }

    /// The elements of an object or array at nesting `depth`, from its opening bracket past
    /// `close`: none, or `element`s separated by commas.
    fn elements<T>(
        &mut self,
        depth: usize,
        close: u8,
        mut element: impl FnMut(&mut Self, usize) -> Result<T, NotJson>,
    ) -> Result<Vec<T>, NotJson> {
        if depth > DEPTH_LIMIT {
            return Err(NotJson);
        }
        self.at += 1; // '{' or '['
        let mut elements = Vec::new();
        self.skip_space();
        if self.peek() == Some(close) {
            self.at += 1;
            return Ok(elements);
        }
        loop {
            elements.push(element(self, depth)?);
            self.skip_space();
            match self.peek() {
                Some(b',') => self.at += 1,
                Some(b) if b == close => {
                    self.at += 1;
                    return Ok(elements);
                }
                _ => return Err(NotJson),
            }
        }
    }

    /// `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`
    fn number(&mut self) -> Result<Json, NotJson> {
        let start = self.at;
        if self.peek() == Some(b'-') {
            self.at += 1;
        }
        match self.peek() {
            Some(b'0') => self.at += 1,
            Some(b'1'..=b'9') => self.digits(),
            _ => return Err(NotJson),
        }
        if self.peek() == Some(b'.') {
            self.at += 1;
            self.some_digits()?;
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.at += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.at += 1;
            }
            self.some_digits()?;
        }
        Ok(Json::Number(self.text[start..self.at].to_owned()))
    }

    fn digits(&mut self) {
        while matches!(self.peek(), Some(b'0'..=b'9')) {
            self.at += 1;
        }
    }

    fn some_digits(&mut self) -> Result<(), NotJson> {
        let start = self.at;
        self.digits();
        if self.at == start {
            Err(NotJson)
        } else {
            Ok(())
        }
    }

    /// A string, from its opening quote past its closing one.
    fn string(&mut self) -> Result<String, NotJson> {
        self.at += 1; // '"'
        let mut out = String::new();
        loop {
            // Copy the run up to the next quote, escape or control character as it is: the
            // input is a `str`, so any run between ASCII bytes is whole characters.
            let start = self.at;
            while matches!(self.peek(), Some(b) if b != b'"' && b != b'\\' && b >= 0x20) {
                self.at += 1;
            }
            out.push_str(&self.text[start..self.at]);
            match self.peek() {
                Some(b'"') => {
                    self.at += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    self.at += 1;
                    let escape = self.peek().ok_or(NotJson)?;
                    self.at += 1;
                    out.push(match escape {
                        b'"' => '"',
                        b'\\' => '\\',
                        b'/' => '/',
                        b'b' => '\u{8}',
                        b'f' => '\u{c}',
                        b'n' => '\n',
                        b'r' => '\r',
                        b't' => '\t',
                        b'u' => self.unicode_escape()?,
                        _ => return Err(NotJson),
                    });
                }
                // A raw control character, or the end of the input.
                _ => return Err(NotJson),
            }
        }
    }

    /// The character of a `\uXXXX` escape (the `\u` already read), joining a surrogate
    /// pair written as two escapes; a lone surrogate is not a character.
    fn unicode_escape(&mut self) -> Result<char, NotJson> {
        let first = self.hex4()?;
        let code = match first {
            0xD800..=0xDBFF => {
                self.eat(b'\\')?;
                self.eat(b'u')?;
                let second = self.hex4()?;
                if !(0xDC00..=0xDFFF).contains(&second) {
                    return Err(NotJson);
                }
                0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
            }
            _ => first,
        };
        char::from_u32(code).ok_or(NotJson)
    }

    fn hex4(&mut self) -> Result<u32, NotJson> {
        let digits = self.bytes.get(self.at..self.at + 4).ok_or(NotJson)?;
        let mut value = 0;
        for &b in digits {
            let digit = (b as char).to_digit(16).ok_or(NotJson)?;
            value = value * 16 + digit;
        }
        self.at += 4;
        Ok(value)
    }
}

/// Appends `text` as a JSON string, escaped exactly as serde_json escapes it: the quote,
/// the backslash and control characters; everything else as it is.
pub fn push_string(out: &mut String, text: &str) {
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if c < ' ' => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                out.push_str("\\u00");
                out.push(HEX[(c as usize) >> 4] as char);
                out.push(HEX[(c as usize) & 0xF] as char);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}
