//! A report as a plain document — headings, paragraphs, lists and tables of text — and two
//! renderings a word processor takes with its formatting: HTML for the clipboard
//! ([`Document::to_html`], which Word and Google Docs paste with headings, lists and tables)
//! and an Office Open XML file ([`Document::to_docx`], a `.docx` written here, with no
//! dependency: a few XML parts in a zip archive whose entries are stored, not compressed).
//!
//! Every text is escaped for the format it goes into: what a user typed is never read as
//! markup.

/// A piece of text, bold or not.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Run {
    /// The text, as shown.
    pub text: String,
    /// Whether it is set in bold.
    pub bold: bool,
}

impl Run {
    /// Plain text.
    pub fn plain(text: impl Into<String>) -> Self {
        Run {
            text: text.into(),
            bold: false,
        }
    }

    /// Bold text.
    pub fn bold(text: impl Into<String>) -> Self {
        Run {
            text: text.into(),
            bold: true,
        }
    }
}

/// One entry of a list, with the lines under it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// The entry itself.
    pub runs: Vec<Run>,
    /// Lines listed under it, one level down.
    pub under: Vec<String>,
}

impl Entry {
    /// An entry with nothing under it.
    pub fn of(runs: Vec<Run>) -> Self {
        Entry {
            runs,
            under: Vec::new(),
        }
    }
}

/// A block of the document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    /// A heading: level 1 is the title, 2 a section, 3 a part of one.
    Heading(u8, String),
    /// A paragraph.
    Paragraph(Vec<Run>),
    /// A list, numbered or with bullets.
    List {
        /// Numbered (1., 2., …) rather than bulleted.
        numbered: bool,
        /// Its entries.
        entries: Vec<Entry>,
    },
    /// A table with a header row.
    Table {
        /// The header cells.
        header: Vec<String>,
        /// The rows, each as many cells as the header.
        rows: Vec<Vec<String>>,
    },
}

/// A document: its blocks in reading order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Document {
    /// The blocks, first to last.
    pub blocks: Vec<Block>,
}

impl Document {
    /// Adds a heading.
    pub fn heading(&mut self, level: u8, text: impl Into<String>) {
        self.blocks.push(Block::Heading(level, text.into()));
    }

    /// Adds a paragraph of plain text.
    pub fn paragraph(&mut self, text: impl Into<String>) {
        self.blocks.push(Block::Paragraph(vec![Run::plain(text)]));
    }

    /// Adds a paragraph of runs.
    pub fn runs(&mut self, runs: Vec<Run>) {
        self.blocks.push(Block::Paragraph(runs));
    }

    /// Adds a list; nothing when `entries` is empty.
    pub fn list(&mut self, numbered: bool, entries: Vec<Entry>) {
        if !entries.is_empty() {
            self.blocks.push(Block::List { numbered, entries });
        }
    }

    /// Adds a table.
    pub fn table(&mut self, header: Vec<String>, rows: Vec<Vec<String>>) {
        self.blocks.push(Block::Table { header, rows });
    }

    /// The document as an HTML fragment, for the clipboard.
    pub fn to_html(&self) -> String {
        let mut html = String::from("<meta charset=\"utf-8\">");
        for block in &self.blocks {
            match block {
                Block::Heading(level, text) => {
                    let level = level.clamp(&1, &6);
                    html += &format!("<h{level}>{}</h{level}>", escape(text));
                }
                Block::Paragraph(runs) => html += &format!("<p>{}</p>", html_runs(runs)),
                Block::List { numbered, entries } => {
                    let tag = if *numbered { "ol" } else { "ul" };
                    html += &format!("<{tag}>");
                    for entry in entries {
                        html += &format!("<li>{}", html_runs(&entry.runs));
                        if !entry.under.is_empty() {
                            html += "<ul>";
                            for line in &entry.under {
                                html += &format!("<li>{}</li>", escape(line));
                            }
                            html += "</ul>";
                        }
                        html += "</li>";
                    }
                    html += &format!("</{tag}>");
                }
                Block::Table { header, rows } => {
                    html += "<table border=\"1\" cellpadding=\"4\"><thead><tr>";
                    for cell in header {
                        html += &format!("<th>{}</th>", escape(cell));
                    }
                    html += "</tr></thead><tbody>";
                    for row in rows {
                        html += "<tr>";
                        for cell in row {
                            html += &format!("<td>{}</td>", escape(cell));
                        }
                        html += "</tr>";
                    }
                    html += "</tbody></table>";
                }
            }
        }
        html
    }

    /// The document as plain text, for the clipboard beside the HTML.
    pub fn to_text(&self) -> String {
        let mut text = String::new();
        for block in &self.blocks {
            match block {
                Block::Heading(_, heading) => text += &format!("{heading}\n\n"),
                Block::Paragraph(runs) => text += &format!("{}\n\n", plain_runs(runs)),
                Block::List { numbered, entries } => {
                    for (i, entry) in entries.iter().enumerate() {
                        let mark = list_mark(*numbered, i);
                        text += &format!("{mark} {}\n", plain_runs(&entry.runs));
                        for line in &entry.under {
                            text += &format!("    - {line}\n");
                        }
                    }
                    text += "\n";
                }
                Block::Table { header, rows } => {
                    text += &format!("{}\n", header.join("\t"));
                    for row in rows {
                        text += &format!("{}\n", row.join("\t"));
                    }
                    text += "\n";
                }
            }
        }
        text
    }

    /// The document as a `.docx` file (Office Open XML, ISO/IEC 29500).
    pub fn to_docx(&self) -> Vec<u8> {
        let mut zip = Zip::default();
        zip.add("[Content_Types].xml", CONTENT_TYPES.as_bytes());
        zip.add("_rels/.rels", PACKAGE_RELS.as_bytes());
        zip.add("word/_rels/document.xml.rels", DOCUMENT_RELS.as_bytes());
        zip.add("word/styles.xml", STYLES.as_bytes());
        zip.add("word/document.xml", self.document_xml().as_bytes());
        zip.finish()
    }

    /// `word/document.xml`: the body, a paragraph or table per block.
    fn document_xml(&self) -> String {
        let mut body = String::new();
        for block in &self.blocks {
            match block {
                Block::Heading(level, text) => {
                    let style = match level {
                        0 | 1 => "Title",
                        2 => "Heading1",
                        _ => "Heading2",
                    };
                    body += &paragraph(Some(style), &[Run::plain(text.as_str())]);
                }
                Block::Paragraph(runs) => body += &paragraph(None, runs),
                Block::List { numbered, entries } => {
                    for (i, entry) in entries.iter().enumerate() {
                        let mut runs = vec![Run::plain(format!("{}\t", list_mark(*numbered, i)))];
                        runs.extend(entry.runs.iter().cloned());
                        body += &paragraph(Some("ListEntry"), &runs);
                        for line in &entry.under {
                            let under = [Run::plain(format!("–\t{line}"))];
                            body += &paragraph(Some("ListUnder"), &under);
                        }
                    }
                }
                Block::Table { header, rows } => {
                    body += "<w:tbl><w:tblPr><w:tblStyle w:val=\"ReportTable\"/><w:tblW w:w=\"5000\" w:type=\"pct\"/></w:tblPr><w:tblGrid>";
                    body += &"<w:gridCol/>".repeat(header.len());
                    body += "</w:tblGrid>";
                    body += &table_row(header, true);
                    for row in rows {
                        body += &table_row(row, false);
                    }
                    body += "</w:tbl>";
                }
            }
        }
        format!(
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\
             <w:document xmlns:w=\"{W}\"><w:body>{body}<w:sectPr>\
             <w:pgMar w:top=\"1134\" w:right=\"1134\" w:bottom=\"1134\" w:left=\"1134\" w:header=\"567\" w:footer=\"567\" w:gutter=\"0\"/>\
             </w:sectPr></w:body></w:document>"
        )
    }
}

/// "1." for the first numbered entry, "•" for every bulleted one.
fn list_mark(numbered: bool, index: usize) -> String {
    if numbered {
        format!("{}.", index + 1)
    } else {
        "•".to_owned()
    }
}

fn plain_runs(runs: &[Run]) -> String {
    runs.iter().map(|r| r.text.as_str()).collect()
}

fn html_runs(runs: &[Run]) -> String {
    runs.iter()
        .map(|r| match r.bold {
            true => format!("<strong>{}</strong>", escape(&r.text)),
            false => escape(&r.text),
        })
        .collect()
}

/// Text escaped for HTML or XML (element content and attribute values); characters XML
/// does not allow (most control characters) are left out.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if c < ' ' || c == '\u{fffe}' || c == '\u{ffff}' => {}
            c => out.push(c),
        }
    }
    out
}

const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/// A `w:p` with an optional style; line breaks within a run become `w:br`.
fn paragraph(style: Option<&str>, runs: &[Run]) -> String {
    let mut xml = String::from("<w:p>");
    if let Some(style) = style {
        xml += &format!("<w:pPr><w:pStyle w:val=\"{style}\"/></w:pPr>");
    }
    for run in runs {
        xml += "<w:r>";
        if run.bold {
            xml += "<w:rPr><w:b/></w:rPr>";
        }
        for (i, line) in run.text.split('\n').enumerate() {
            if i > 0 {
                xml += "<w:br/>";
            }
            for (j, part) in line.split('\t').enumerate() {
                if j > 0 {
                    xml += "<w:tab/>";
                }
                xml += &format!("<w:t xml:space=\"preserve\">{}</w:t>", escape(part));
            }
        }
        xml += "</w:r>";
    }
    xml + "</w:p>"
}

fn table_row(cells: &[String], header: bool) -> String {
    let mut xml = String::from("<w:tr>");
    if header {
        xml += "<w:trPr><w:tblHeader/></w:trPr>";
    }
    for cell in cells {
        let run = Run {
            text: cell.clone(),
            bold: header,
        };
        xml += &format!("<w:tc>{}</w:tc>", paragraph(None, &[run]));
    }
    xml + "</w:tr>"
}

const CONTENT_TYPES: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\
<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">\
<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>\
<Default Extension=\"xml\" ContentType=\"application/xml\"/>\
<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>\
<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>\
</Types>";

const PACKAGE_RELS: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\
<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\
<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>\
</Relationships>";

const DOCUMENT_RELS: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\
<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\
<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>\
</Relationships>";

/// The styles the document uses: a plain body, a title, two heading levels (Word's own
/// names, so its navigation pane and table of contents find them), list entries and a table
/// with borders.
const STYLES: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\
<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">\
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Calibri\" w:hAnsi=\"Calibri\" w:cs=\"Calibri\"/><w:sz w:val=\"22\"/><w:lang w:val=\"en-US\"/></w:rPr></w:rPrDefault>\
<w:pPrDefault><w:pPr><w:spacing w:after=\"120\" w:line=\"264\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>\
<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/></w:style>\
<w:style w:type=\"paragraph\" w:styleId=\"Title\"><w:name w:val=\"Title\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:after=\"200\"/><w:outlineLvl w:val=\"0\"/></w:pPr><w:rPr><w:b/><w:sz w:val=\"36\"/></w:rPr></w:style>\
<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before=\"240\" w:after=\"80\"/><w:outlineLvl w:val=\"1\"/></w:pPr><w:rPr><w:b/><w:sz w:val=\"28\"/></w:rPr></w:style>\
<w:style w:type=\"paragraph\" w:styleId=\"Heading2\"><w:name w:val=\"heading 2\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before=\"160\" w:after=\"60\"/><w:outlineLvl w:val=\"2\"/></w:pPr><w:rPr><w:b/><w:sz w:val=\"24\"/></w:rPr></w:style>\
<w:style w:type=\"paragraph\" w:styleId=\"ListEntry\"><w:name w:val=\"List Entry\"/><w:basedOn w:val=\"Normal\"/><w:pPr><w:tabs><w:tab w:val=\"left\" w:pos=\"360\"/></w:tabs><w:spacing w:after=\"60\"/><w:ind w:left=\"360\" w:hanging=\"360\"/></w:pPr></w:style>\
<w:style w:type=\"paragraph\" w:styleId=\"ListUnder\"><w:name w:val=\"List Under\"/><w:basedOn w:val=\"Normal\"/><w:pPr><w:tabs><w:tab w:val=\"left\" w:pos=\"720\"/></w:tabs><w:spacing w:after=\"40\"/><w:ind w:left=\"720\" w:hanging=\"360\"/></w:pPr><w:rPr><w:sz w:val=\"20\"/></w:rPr></w:style>\
<w:style w:type=\"table\" w:styleId=\"ReportTable\"><w:name w:val=\"Report Table\"/><w:tblPr><w:tblBorders>\
<w:top w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"808080\"/><w:left w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"808080\"/>\
<w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"808080\"/><w:right w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"808080\"/>\
<w:insideH w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"808080\"/><w:insideV w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"808080\"/>\
</w:tblBorders><w:tblCellMar><w:left w:w=\"80\" w:type=\"dxa\"/><w:right w:w=\"80\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>\
</w:styles>";

/// A zip archive of stored (uncompressed) entries: the smallest writer the `.docx`
/// container needs (PKWARE's APPNOTE, version 2.0 features only).
#[derive(Default)]
struct Zip {
    bytes: Vec<u8>,
    central: Vec<u8>,
    count: u16,
}

impl Zip {
    fn add(&mut self, name: &str, data: &[u8]) {
        let crc = crc32(data);
        let offset = self.bytes.len() as u32;
        let size = data.len() as u32;
        let name_len = name.len() as u16;
        // Local file header: version 2.0, UTF-8 names (bit 11), stored, no date.
        let mut local = Vec::with_capacity(30 + name.len());
        local.extend(0x0403_4b50_u32.to_le_bytes());
        local.extend(20_u16.to_le_bytes());
        local.extend(0x0800_u16.to_le_bytes());
        local.extend(0_u16.to_le_bytes());
        local.extend([0, 0, 0x21, 0]); // 1980-01-01 00:00
        local.extend(crc.to_le_bytes());
        local.extend(size.to_le_bytes());
        local.extend(size.to_le_bytes());
        local.extend(name_len.to_le_bytes());
        local.extend(0_u16.to_le_bytes());
        local.extend(name.as_bytes());
        self.bytes.extend(&local);
        self.bytes.extend(data);
        // Its central directory entry.
        self.central.extend(0x0201_4b50_u32.to_le_bytes());
        self.central.extend(20_u16.to_le_bytes());
        self.central.extend(&local[4..30]);
        self.central.extend(0_u16.to_le_bytes()); // comment length
        self.central.extend(0_u16.to_le_bytes()); // disk
        self.central.extend(0_u16.to_le_bytes()); // internal attributes
        self.central.extend(0_u32.to_le_bytes()); // external attributes
        self.central.extend(offset.to_le_bytes());
        self.central.extend(name.as_bytes());
        self.count += 1;
    }

    fn finish(mut self) -> Vec<u8> {
        let start = self.bytes.len() as u32;
        let size = self.central.len() as u32;
        self.bytes.append(&mut self.central);
        self.bytes.extend(0x0605_4b50_u32.to_le_bytes());
        self.bytes.extend([0, 0, 0, 0]); // this disk, the directory's disk
        self.bytes.extend(self.count.to_le_bytes());
        self.bytes.extend(self.count.to_le_bytes());
        self.bytes.extend(size.to_le_bytes());
        self.bytes.extend(start.to_le_bytes());
        self.bytes.extend(0_u16.to_le_bytes());
        self.bytes
    }
}

/// CRC-32 (IEEE 802.3, as zip uses it).
pub fn crc32(data: &[u8]) -> u32 {
    let mut crc = !0_u32;
    for &byte in data {
        crc ^= u32::from(byte);
        for _ in 0..8 {
            let mask = (crc & 1).wrapping_neg();
            crc = (crc >> 1) ^ (0xEDB8_8320 & mask);
        }
    }
    !crc
}
