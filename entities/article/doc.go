// Package article reads news articles from files and cleans page furniture
// out of their text.
//
// ReadFile reads one file and yields its articles; Files walks files and
// directories; Read does the same as ReadFile for an open reader such as
// standard input. Each Article carries its metadata (title, date, byline,
// place, source, URL, the source's own id) and its cleaned Text, the text
// that entity extraction and evidence offsets refer to. ID names an article
// by a hash of its normalised text.
//
// # Formats
//
// The format follows the file extension (see FormatOf), and content with an
// unknown extension is sniffed:
//
//   - text (.txt, .text, .md, .markdown): the first line that is not
//     furniture is the title; Markdown markup is removed (headings,
//     emphasis, links keep their text, images are dropped) and YAML front
//     matter, when present, gives metadata.
//   - HTML (.html, .htm): the main text is found with go-readability
//     (codeberg.org/readeck/go-readability/v2); scripts, styles,
//     navigation, headers, footers, asides, forms and advertisements are
//     dropped. The title comes from og:title, <title> (without the site
//     name) or <h1>; the date from article:published_time, <time datetime>
//     or other date <meta> tags; the source from og:site_name or the host
//     of the canonical URL.
//   - JSON (.json): one article object or an array of them.
//   - JSONL (.jsonl, .ndjson): one article object per line.
//
// In every format, gzip data is decompressed (feed.jsonl.gz reads as JSON
// lines; gzip content is recognised by its first bytes whatever the name)
// and UTF-16 with a byte-order mark is converted to UTF-8.
//
// A JSON article object has the text in "text", "body" or "content" and
// may have "title", "date", "source", "url", "id" (string or number: the
// Ref), "dateline" ("SALVADOR, Feb 26 -" gives the Place), "byline" or
// "author"; field names are matched without regard to case and other fields
// are ignored. These fields hold strings (or arrays of strings, or objects
// with a "name", "text" or "value"); an id or date may also be a number.
// An article with a number or boolean where a string belongs
// ({"title": 1}) is refused with a FieldTypeError naming the field. Text
// holding HTML markup is reduced to its text. The title
// of a JSON article comes only from its fields: a body never gives one.
//
// # Metadata in the text
//
// Within the first eight paragraphs that are not furniture, lines that are
// only metadata are read and removed from the text:
//
//	18 May 2025 05:52
//	Updated: May 18, 2025 10:30 IST
//	By Jane Doe
//	Jane Doe 18 May 2025 05:52            (a name before a date is the byline)
//	Staff Reporter | 18 May 2025 | Islamabad   (byline | date | place)
//
// A dateline at the start of the body gives the place and is cut from its
// paragraph: "New Delhi:" (alone or before a sentence), "ISLAMABAD, May 18
// (Reuters) -", "NEW DELHI, May 20 -"; an agency in parentheses becomes the
// Source when none is known. A line repeating the title is dropped. In a
// text file, the title is the first line that is neither furniture nor
// metadata, unless it reads as prose (20 words or more ending in a full
// stop) or has more than 30 words. Dates are normalised to ISO 8601 by
// NormalizeDate.
//
// # Cleaning
//
// Clean removes page furniture by general rules about the shape and
// position of lines, never by the names of sites. It works on paragraphs:
// a blank line ends one, an indented line starts one in text that mixes
// indented and flush lines, hard-wrapped lines are joined (in a block of
// flush lines, a short line ending a sentence before a capital or a lone
// last word ends a wrapped paragraph), and every other line of a block
// stands alone, but for a line that visibly continues the sentence of the
// line before (one starting in lower case after a line without
// sentence-final punctuation, or any after a line ending in "of", "the"
// and the like: continuation.go). Then it removes:
//
//   - decoration: lines without a letter or digit ("||", "***", "---");
//   - labels: "Advertisement", "Sponsored", "Story continues below",
//     "Read more", "Share this", "Print", "Subscribe", "Follow us",
//     "Skip to content", "Loading" and other lines that are never text;
//   - cross-references: "Also Read: <headline>", "READ | <headline>",
//     "Related: <headline>", "Watch: ...";
//   - share bars: lines made of network and sharing words only, naming at
//     least two networks ("Facebook Twitter WhatsApp Email");
//   - calls to action: short lines that start with an inviting verb
//     (follow, subscribe, sign up, download, get, track, listen, watch,
//     visit, stay tuned, ...) and name a place to do it (a web address, an
//     app, a newsletter, a channel, updates, alerts, songs); "... only on
//     <web address>" promotions; "click here";
//   - comments furniture: "No comments:", "Post a Comment", "Leave a reply",
//     "12 comments";
//   - copyright lines ("©", "Copyright", "All rights reserved"), tag lists
//     ("Tags: a, b, c", "Topics:", "Filed under:"), photo credits ("Photo:
//     AFP", "Representational image"), production credits ("Reporting by
//     ...; Editing by ...", "With inputs from ...") and syndication notes;
//   - a paragraph repeating the one before it;
//   - a site slogan above the headline: a first line of 2–8 words in title
//     case ending in ".", directly above an unpunctuated headline of three
//     words or more;
//   - end-of-article sections: a heading such as "Also Read", "Related
//     Posts", "Recent Posts", "More from <section>", "You may also like",
//     "Trending", "Comments" is removed with the list of headlines after
//     it; everything from the heading on is removed when no body paragraph
//     follows the list, or when the heading is a hard marker (recent posts,
//     comments, more from ...) in the second half of the text;
//   - a trailing list of at least three headline-like lines (no final
//     punctuation, 3–20 words, five words on average, not figures) after
//     the body, unless the line before it ends with ":";
//   - a final one-word sign-off such as a wire agency's name ("Reuter",
//     also "reuter").
//
// Section headings inside the body (short lines followed by paragraphs),
// photo captions made of a name, and credit lines such as "Based on a
// report by ..." stay: they are text.
//
// # Errors and limits
//
// Every failure is an *Error that names the file, and the line for JSONL
// (or the line where a JSON array element starts), and wraps one of the
// Err values: ErrEmpty, ErrBinary, ErrInvalidUTF8 (with the byte offset),
// ErrNoText, ErrTooLarge, ErrMalformedJSON, ErrNotObject. Nothing panics
// on bad input. Files and JSONL lines above MaxSize (64 MB) are refused;
// a long JSONL line is skipped without being held in memory and the lines
// after it are read. In a JSONL file a line with a NUL byte is reported
// on its own; the file is refused whole as binary only when it is mostly
// control characters. HTML that the parser cannot handle (more than 512
// nested elements), pages over 16 MB or with more than 40,000 elements,
// and pages where readability finds nothing are read by a streaming
// tokenizer instead, whose cost is linear in the input.
//
// # Reading in parallel
//
// Pieces (and ReaderPieces) split input into pieces without parsing it: a
// whole file, or one line of a JSONL file. Piece.Articles reads one piece,
// so one goroutine can split while others read; reading every piece in
// order yields exactly what ReadFile and Read yield (they are built on
// pieces). Piece.Sum is a digest of the piece's bytes, with which a caller
// can recognise input it has stored before without reading it again.
package article
