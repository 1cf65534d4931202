//! Selection and scrolling of tables (one row per item) and item lists (items of
//! varying height, scrolled by lines).

/// A table's selected row and first visible row.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct TableNav {
    pub selected: usize,
    pub offset: usize,
}

impl TableNav {
    /// Selects `idx` (clamped to `len`) and scrolls it into a viewport of `rows`.
    pub fn select(&mut self, idx: usize, len: usize, rows: usize) {
        self.selected = idx.min(len.saturating_sub(1));
        let rows = rows.max(1);
        if self.selected < self.offset {
            self.offset = self.selected;
        } else if self.selected >= self.offset + rows {
            self.offset = self.selected + 1 - rows;
        }
        self.offset = self.offset.min(len.saturating_sub(rows));
    }

    /// Moves the selection by `delta` rows. Returns whether it moved.
    pub fn move_by(&mut self, delta: isize, len: usize, rows: usize) -> bool {
        let before = *self;
        let target = self.selected.saturating_add_signed(delta);
        self.select(target, len, rows);
        *self != before
    }
}

/// An item list's selected item and first visible line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ListNav {
    pub selected: usize,
    pub offset: usize,
}

fn tops(heights: &[usize]) -> Vec<usize> {
    let mut acc = 0;
    heights
        .iter()
        .map(|h| {
            let t = acc;
            acc += h;
            t
        })
        .collect()
}

impl ListNav {
    /// Moves by `delta` items. One step down first scrolls through an item taller than
    /// the viewport before moving on, so every line can be read.
    pub fn move_by(&mut self, delta: isize, heights: &[usize], rows: usize) -> bool {
        let before = *self;
        let n = heights.len();
        if n == 0 {
            *self = Self::default();
            return before != *self;
        }
        let rows = rows.max(1);
        let tops = tops(heights);
        self.selected = self.selected.min(n - 1);
        let top = tops[self.selected];
        let bottom = top + heights[self.selected];
        match delta {
            1 if bottom > self.offset + rows => self.offset += 1,
            -1 if top < self.offset => self.offset -= 1,
            1 | -1 => {
                self.selected = self.selected.saturating_add_signed(delta).min(n - 1);
                self.reveal(&tops, heights, rows, delta > 0);
            }
            _ => {
                self.selected = self.selected.saturating_add_signed(delta).min(n - 1);
                self.reveal(&tops, heights, rows, false);
            }
        }
        *self != before
    }

    /// Scrolls the selected item into view: its top, or when it is taller than the
    /// viewport and reached going up, its bottom.
    fn reveal(&mut self, tops: &[usize], heights: &[usize], rows: usize, down: bool) {
        let top = tops[self.selected];
        let h = heights[self.selected];
        if top < self.offset {
            self.offset = if h > rows && !down {
                top + h - rows
            } else {
                top
            };
        } else if top + h > self.offset + rows {
            self.offset = if h > rows { top } else { top + h - rows };
        }
        let total: usize = heights.iter().sum();
        self.offset = self.offset.min(total.saturating_sub(rows));
    }

    /// Scrolls one line, keeping the selection on a visible item.
    pub fn scroll_line(&mut self, dir: isize, heights: &[usize], rows: usize) -> bool {
        let before = *self;
        let total: usize = heights.iter().sum();
        let max = total.saturating_sub(rows);
        self.offset = self.offset.saturating_add_signed(dir).min(max);
        let tops = tops(heights);
        if let Some(&t) = tops.get(self.selected) {
            let b = t + heights[self.selected];
            if b <= self.offset {
                self.selected = tops
                    .iter()
                    .zip(heights)
                    .position(|(t, h)| t + h > self.offset)
                    .unwrap_or(0);
            } else if t >= self.offset + rows {
                self.selected = tops
                    .iter()
                    .rposition(|&t| t < self.offset + rows)
                    .unwrap_or(0);
            }
        }
        *self != before
    }

    /// Keeps the selection and offset valid for new heights or a new viewport.
    pub fn refit(&mut self, heights: &[usize], rows: usize) {
        if heights.is_empty() {
            *self = Self::default();
            return;
        }
        self.selected = self.selected.min(heights.len() - 1);
        let tops = tops(heights);
        let total: usize = heights.iter().sum();
        self.offset = self.offset.min(total.saturating_sub(rows.max(1)));
        self.reveal(&tops, heights, rows.max(1), true);
    }

    /// The item at `line` lines below the top of the viewport.
    pub fn item_at(&self, line: usize, heights: &[usize]) -> Option<usize> {
        let abs = self.offset + line;
        let mut acc = 0;
        heights.iter().position(|h| {
            acc += h;
            abs < acc
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_keeps_the_selection_in_view() {
        let mut t = TableNav::default();
        assert!(t.move_by(5, 10, 3));
        assert_eq!((t.selected, t.offset), (5, 3));
        assert!(t.move_by(100, 10, 3));
        assert_eq!((t.selected, t.offset), (9, 7));
        assert!(!t.move_by(1, 10, 3));
        assert!(t.move_by(-100, 10, 3));
        assert_eq!((t.selected, t.offset), (0, 0));
        assert!(!t.move_by(-1, 10, 3));
    }

    #[test]
    fn empty_table_stays_at_zero() {
        let mut t = TableNav::default();
        assert!(!t.move_by(1, 0, 5));
        assert_eq!(t, TableNav::default());
    }

    #[test]
    fn list_scrolls_through_a_tall_item_before_moving_on() {
        let heights = [2, 6, 1];
        let mut n = ListNav::default();
        assert!(n.move_by(1, &heights, 4));
        assert_eq!((n.selected, n.offset), (1, 2));
        assert!(n.move_by(1, &heights, 4));
        assert_eq!((n.selected, n.offset), (1, 3));
        n.move_by(1, &heights, 4);
        assert_eq!((n.selected, n.offset), (1, 4));
        n.move_by(1, &heights, 4);
        assert_eq!((n.selected, n.offset), (2, 5));
        assert!(!n.move_by(1, &heights, 4));
        n.move_by(-1, &heights, 4);
        assert_eq!(n.selected, 1);
    }

    #[test]
    fn list_scroll_line_keeps_selection_visible_and_item_at_finds_it() {
        let heights = [3, 3, 3, 3];
        let mut n = ListNav::default();
        for _ in 0..4 {
            n.scroll_line(1, &heights, 4);
        }
        assert_eq!(n.offset, 4);
        assert_eq!(n.selected, 1);
        assert_eq!(n.item_at(0, &heights), Some(1));
        assert_eq!(n.item_at(3, &heights), Some(2));
        assert_eq!(n.item_at(100, &heights), None);
        for _ in 0..100 {
            n.scroll_line(1, &heights, 4);
        }
        assert_eq!(n.offset, 8);
    }
}
