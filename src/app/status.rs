//! The short message that confirms a change of mode or a reload in the footer.
//!
//! `update` reads no clock, so a message does not time out: it lasts until the next
//! key, click or wheel turn, which is when the user has seen it and moved on.

use crate::model::Lang;
use crate::ui::theme::ThemeName;

/// What the footer confirms.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// `m`: the mouse is now on or off.
    Mouse(bool),
    /// `L`: the interface now speaks this language.
    Lang(Lang),
    /// `t`: this theme is now in use.
    Theme(ThemeName),
    /// The watched data file was read again and shown.
    Reloaded,
}

impl Status {
    /// The message in `lang`: "✓ mouse off", "✓ English", "✓ theme: light".
    pub fn label(self, lang: Lang) -> String {
        let w = &lang.words().screens;
        let what = match self {
            Self::Mouse(on) => format!("{} {}", w.mouse, if on { w.on } else { w.off }),
            Self::Lang(l) => l.words().screens.language_name.to_owned(),
            Self::Theme(t) => format!("{}: {}", w.theme, t.label(lang)),
            Self::Reloaded => w.reloaded.to_owned(),
        };
        format!("✓ {what}")
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
    }
}
