//! The layers over the screen: help, search, the presentation, typing a table's
//! filter. The top one takes keys, clicks and the wheel first and is drawn last.
//! Their order is written once, in [`Layer::rank`]: a layer opened later still
//! goes beneath one that ranks above it.

use super::search::SearchState;
use crate::keymap::Context;

#[derive(Debug, Clone, PartialEq)]
pub enum Layer {
    /// Typing the filter of the table on screen.
    Filter,
    /// Slides for an audience.
    Present,
    /// The search overlay.
    Search(SearchState),
    /// The help overlay, scrolled to `offset`.
    Help { offset: usize },
}

impl Layer {
    /// Higher ranks sit above lower ones.
    fn rank(&self) -> u8 {
        match self {
            Self::Filter => 0,
            Self::Present => 1,
            Self::Search(_) => 2,
            Self::Help { .. } => 3,
        }
    }

    /// The keymap context while this layer is on top.
    pub fn context(&self) -> Context {
        match self {
            Self::Filter => Context::Filter,
            Self::Present => Context::Present,
            Self::Search(_) => Context::Search,
            Self::Help { .. } => Context::Help,
        }
    }
}

/// The open layers, bottom to top.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Layers(Vec<Layer>);

impl Layers {
    /// Opens `layer` in its place by rank, replacing one of the same kind.
    pub fn open(&mut self, layer: Layer) {
        self.0.retain(|l| l.rank() != layer.rank());
        let at = self
            .0
            .iter()
            .take_while(|l| l.rank() < layer.rank())
            .count();
        self.0.insert(at, layer);
    }

    /// Closes the layer of the same kind as `like`. Returns whether it was open.
    pub fn close(&mut self, like: &Layer) -> bool {
        let before = self.0.len();
        self.0.retain(|l| l.rank() != like.rank());
        self.0.len() != before
    }

    /// Closes every layer.
    pub fn clear(&mut self) {
        self.0.clear();
    }

    pub fn top(&self) -> Option<&Layer> {
        self.0.last()
    }

    /// The layers from the top down.
    pub fn top_down(&self) -> impl Iterator<Item = &Layer> {
        self.0.iter().rev()
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The layer `i` places from the bottom.
    pub fn get_mut(&mut self, i: usize) -> Option<&mut Layer> {
        self.0.get_mut(i)
    }

    pub fn get(&self, i: usize) -> Option<&Layer> {
        self.0.get(i)
    }

    /// The help overlay's scroll offset, when it is open.
    pub fn help(&self) -> Option<usize> {
        self.0.iter().find_map(|l| match l {
            Layer::Help { offset } => Some(*offset),
            _ => None,
        })
    }

    pub fn search(&self) -> Option<&SearchState> {
        self.0.iter().find_map(|l| match l {
            Layer::Search(s) => Some(s),
            _ => None,
        })
    }

    pub fn search_mut(&mut self) -> Option<&mut SearchState> {
        self.0.iter_mut().find_map(|l| match l {
            Layer::Search(s) => Some(s),
            _ => None,
        })
    }

    pub fn presenting(&self) -> bool {
        self.0.contains(&Layer::Present)
    }

    pub fn filtering(&self) -> bool {
        self.0.contains(&Layer::Filter)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn layers_keep_their_rank_whatever_the_order_they_open_in() {
        let mut l = Layers::default();
        l.open(Layer::Help { offset: 0 });
        l.open(Layer::Filter);
        l.open(Layer::Present);
        assert_eq!(l.top(), Some(&Layer::Help { offset: 0 }));
        let order: Vec<Context> = l.top_down().map(Layer::context).collect();
        assert_eq!(order, [Context::Help, Context::Present, Context::Filter]);
        l.open(Layer::Help { offset: 3 });
        assert_eq!(l.len(), 3, "a second help replaces the first");
        assert_eq!(l.help(), Some(3));
        assert!(l.close(&Layer::Help { offset: 0 }));
        assert_eq!(l.top(), Some(&Layer::Present));
        assert!(!l.close(&Layer::Help { offset: 0 }));
        l.clear();
        assert!(l.is_empty());
    }
}
