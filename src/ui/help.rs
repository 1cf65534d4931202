//! The help overlay, generated from the keymap table.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Widget};

use crate::app::{App, HelpLine};
use crate::keymap::{self, Context};
use crate::ui::layout::centered;

pub struct HelpOverlay<'a> {
    pub app: &'a App,
    pub offset: usize,
}

fn context_name(c: Context, lang: crate::model::Lang) -> &'static str {
    let (it, en) = match c {
        Context::Global => ("Ovunque", "Everywhere"),
        Context::Overview => ("Panoramica", "Overview"),
        Context::Document => ("Documento", "Document"),
        Context::Roadmap => ("Roadmap", "Roadmap"),
        Context::Area => ("Ambito", "Area"),
        Context::Stakeholders => ("Tabella stakeholder", "Stakeholder table"),
        Context::Stakeholder => ("Organizzazione", "Organisation"),
        Context::Swot => ("SWOT", "SWOT"),
        Context::SwotZoom => ("SWOT, quadrante ingrandito", "SWOT, zoomed quadrant"),
        Context::Matrix => ("Matrice", "Matrix"),
        Context::Figures => ("Grafici", "Figures"),
        Context::Filter => ("Filtro", "Filter"),
        Context::Present => ("Presentazione", "Presentation"),
        Context::Search => ("Ricerca", "Search"),
        Context::Help => ("Aiuto", "Help"),
    };
    lang.pick(it, en)
}

impl Widget for HelpOverlay<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let (app, t, lang) = (self.app, &self.app.theme, self.app.lang);
        let ctx = app.help_context();
        let lines: Vec<Line> = crate::app::help_lines(ctx)
            .into_iter()
            .map(|l| match l {
                HelpLine::Heading(c) => Line::from(Span::styled(context_name(c, lang), t.heading)),
                HelpLine::Binding(b) => Line::from(vec![
                    Span::styled(format!("  {:<18}", keymap::keys_label(b, ctx)), t.key),
                    Span::styled(lang.pick(b.help.0, b.help.1), t.base),
                ]),
                HelpLine::Blank => Line::raw(""),
                HelpLine::Mouse => Line::from(Span::styled(
                    lang.pick(
                        "Mouse: clic seleziona, secondo clic apre, rotella scorre. ↑↓ scorre l’aiuto.",
                        "Mouse: click selects, a second click opens, the wheel scrolls. ↑↓ scroll this help.",
                    ),
                    t.muted,
                )),
            })
            .collect();
        let popup = centered(area, 78, u16::try_from(lines.len() + 2).unwrap_or(u16::MAX));
        Clear.render(popup, buf);
        let title = format!(
            " {} — {} ",
            lang.pick("Aiuto", "Help"),
            context_name(ctx, lang)
        );
        Paragraph::new(lines)
            .scroll((u16::try_from(self.offset).unwrap_or(u16::MAX), 0))
            .block(
                Block::bordered()
                    .style(t.base)
                    .border_style(t.border_focused)
                    .title(Span::styled(title, t.title))
                    .title_bottom(Span::styled(
                        lang.pick(" Esc chiude ", " Esc closes "),
                        t.muted,
                    )),
            )
            .style(t.base)
            .render(popup, buf);
    }
}
