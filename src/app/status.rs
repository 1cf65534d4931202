//! The short message that confirms a change of mode, a reload, a copy or a link
//! opened in the footer, or says why nothing was done.
//!
//! `update` reads no clock, so a message does not time out: it lasts until the next
//! key, click or wheel turn, which is when the user has seen it and moved on.

use crate::model::Lang;
use crate::ui::theme::ThemeName;
use crate::wrap::truncate;

/// What the footer confirms.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Status {
    /// `m`: the mouse is now on or off.
    Mouse(bool),
    /// `L`: the interface now speaks this language.
    Lang(Lang),
    /// `t`: this theme is now in use.
    Theme(ThemeName),
    /// The watched data file was read again and shown.
    Reloaded,
    /// `y`: this text is on its way to the clipboard.
    Copied(String),
    /// `y` where nothing is selected that has text.
    NothingToCopy,
    /// `O`: this link was handed to the browser.
    Opening(String),
    /// `O` where the selection holds no link.
    NoLink,
    /// `O` on a link that is not `http://` or `https://`.
    NotWebLink(String),
    /// The browser could not be started.
    OpenFailed,
    /// The configuration file has problems: the defaults are in force.
    ConfigBroken,
    /// `--serve` runs: the address an audience opens to follow along.
    Serving(String),
}

/// Columns of the copied text or the link the footer repeats.
const QUOTE: usize = 40;

impl Status {
    /// The message in `lang`: "✓ mouse off", "✓ English", "✓ theme: light".
    pub fn label(&self, lang: Lang) -> String {
        let w = &lang.words().screens;
        let quote = |text: &str| truncate(text, QUOTE);
        let refused = match self {
            Self::NothingToCopy => Some(w.nothing_to_copy.to_owned()),
            Self::NoLink => Some(w.no_link.to_owned()),
            Self::NotWebLink(link) => Some(format!("{}: {}", w.not_web_link, quote(link))),
            Self::OpenFailed => Some(w.open_failed.to_owned()),
            Self::ConfigBroken => Some(w.config_broken.to_owned()),
            _ => None,
        };
        if let Some(why) = refused {
            return format!("✗ {why}");
        }
        let what = match self {
            Self::Mouse(on) => format!("{} {}", w.mouse, if *on { w.on } else { w.off }),
            Self::Lang(l) => l.words().screens.language_name.to_owned(),
            Self::Theme(t) => format!("{}: {}", w.theme, t.label(lang)),
            Self::Reloaded => w.reloaded.to_owned(),
            Self::Copied(text) => format!("{}: {}", w.copied, quote(text)),
            Self::Opening(link) => format!("{}: {}", w.opening, quote(link)),
            // An address is never cut: a cut one opens nothing.
            Self::Serving(url) => format!("{}: {url}", w.serving),
            Self::NothingToCopy
            | Self::NoLink
            | Self::NotWebLink(_)
            | Self::OpenFailed
            | Self::ConfigBroken => String::new(),
        };
        format!("✓ {what}")
    }

    /// The message in `width` columns: the address alone where the words before it
    /// would leave it cut.
    pub fn fitted(&self, lang: Lang, width: usize) -> String {
        let label = self.label(lang);
        match self {
            Self::Serving(url) if unicode_width::UnicodeWidthStr::width(label.as_str()) > width => {
                format!("✓ {url}")
            }
            _ => label,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_message_reads_in_both_languages() {
        assert_eq!(Status::Mouse(false).label(Lang::En), "✓ mouse off");
        assert_eq!(Status::Mouse(true).label(Lang::It), "✓ mouse sì");
        assert_eq!(Status::Lang(Lang::En).label(Lang::En), "✓ English");
        assert_eq!(Status::Lang(Lang::It).label(Lang::It), "✓ italiano");
        assert_eq!(
            Status::Theme(ThemeName::Light).label(Lang::It),
            "✓ tema: chiaro"
        );
        assert_eq!(Status::Reloaded.label(Lang::En), "✓ data reloaded");
        let url = "http://192.168.100.200:65535/".to_owned() + &"x".repeat(30);
        assert_eq!(
            Status::Serving(url.clone()).label(Lang::It),
            format!("✓ per seguire, aprite: {url}")
        );
        let short = Status::Serving("http://192.0.2.2:8080/".into());
        assert_eq!(short.fitted(Lang::En, 30), "✓ http://192.0.2.2:8080/");
        assert_eq!(
            short.fitted(Lang::En, 60),
            "✓ to follow along, open: http://192.0.2.2:8080/"
        );
        assert_eq!(
            Status::Copied("Roadmap 1".into()).label(Lang::It),
            "✓ copiato: Roadmap 1"
        );
        let long = "x".repeat(60);
        assert_eq!(
            Status::Copied(long).label(Lang::En),
            format!("✓ copied: {}…", "x".repeat(39))
        );
        assert_eq!(
            Status::NotWebLink("ftp://a".into()).label(Lang::En),
            "✗ not a web address, not opened: ftp://a"
        );
        assert_eq!(
            Status::NothingToCopy.label(Lang::It),
            "✗ niente da copiare qui"
        );
    }
}
