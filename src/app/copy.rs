//! `y` and `O`: the selected item's text for the clipboard, its link for the
//! browser. `update` only leaves them in [`App::clipboard`] and [`App::launch`];
//! the event loop writes and opens them, so `update` stays without I/O.

use super::layers::Layer;
use super::{App, Selection, Status};
use crate::content::{is_web_link, plain_text};

impl App {
    /// What `y` and `O` act on: the chosen search hit when the search is open,
    /// else the screen's selection when nothing covers it.
    fn selection(&self) -> Option<Selection> {
        match self.layers.top() {
            Some(Layer::Search(s)) => {
                let hit = s.hits.get(s.selected)?;
                let text = self.search_index().whole(hit).unwrap_or(&hit.text);
                Some(Selection {
                    text: text.to_owned(),
                    link: is_web_link(text).then(|| text.to_owned()),
                })
            }
            Some(_) => None,
            None => self.screen().selection(&self.ctx()),
        }
    }

    /// `y`: the selection's text, plain, for the clipboard.
    pub(super) fn copy_selected(&mut self) -> bool {
        let text = self
            .selection()
            .map(|s| plain_text(&s.text))
            .filter(|t| !t.is_empty());
        self.status = Some(match text {
            Some(text) => {
                self.clipboard = Some(text.clone());
                Status::Copied(text)
            }
            None => Status::NothingToCopy,
        });
        true
    }

    /// `O`: the selection's link, for the browser, if it is a web address.
    pub(super) fn open_selected(&mut self) -> bool {
        let link = self
            .selection()
            .and_then(|s| s.link)
            .map(|l| plain_text(&l));
        self.status = Some(match link {
            Some(link) if is_web_link(&link) => {
                self.launch = Some(link.clone());
                Status::Opening(link)
            }
            Some(link) => Status::NotWebLink(link),
            None => Status::NoLink,
        });
        true
    }
}
