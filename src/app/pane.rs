//! A pane that shows an item list: which list, and where. Screens name their
//! panes; the cache measures each list for its pane and the view draws it there,
//! so both read the same rectangle.

use ratatui::layout::Rect;

use crate::content::fitted::ListSource;
use crate::ui::layout;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListPane {
    pub source: ListSource,
    /// The pane with its border.
    pub rect: Rect,
}

impl ListPane {
    pub fn new(source: ListSource, rect: Rect) -> Self {
        Self { source, rect }
    }

    /// Lines of text in view.
    pub fn rows(&self) -> usize {
        usize::from(layout::list_text(self.rect).height)
    }

    /// Columns of text.
    pub fn width(&self) -> usize {
        usize::from(layout::list_text(self.rect).width)
    }
}
