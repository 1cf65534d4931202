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

/// What scrolling asks of an item list's lines. [`LineMap`] answers from heights
/// counted beforehand; a list measured lazily (`content::fitted::FittedList`)
/// counts only as far down as a question reaches.
pub trait Lines {
    /// Number of items.
    fn len(&self) -> usize;
    fn is_empty(&self) -> bool {
        self.len() == 0
    }
    /// The first line of item `i`.
    fn top(&self, i: usize) -> usize;
    /// Lines of item `i`.
    fn height(&self, i: usize) -> usize;
    /// The item that shows line `line`, if the list is that long.
    fn item_at(&self, line: usize) -> Option<usize>;
    /// The last item that starts above line `line`.
    fn last_starting_before(&self, line: usize) -> Option<usize>;
    /// `offset`, moved up if need be so that a viewport of `rows` lines starting
    /// there is not past the end: `offset.min(total - rows)`.
    fn clamp(&self, offset: usize, rows: usize) -> usize;
}

/// Where each item of a list starts, in lines, and how tall the list is: all that
/// scrolling needs to know about the items, computed once for a width so that a
/// key or a frame does not measure the whole list again.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct LineMap {
    tops: Vec<usize>,
    total: usize,
}

impl LineMap {
    pub fn new(heights: &[usize]) -> Self {
        let mut total = 0;
        let tops = heights
            .iter()
            .map(|h| {
                let t = total;
                total += h;
                t
            })
            .collect();
        Self { tops, total }
    }

    /// Number of items.
    pub fn len(&self) -> usize {
        self.tops.len()
    }

    pub fn is_empty(&self) -> bool {
        self.tops.is_empty()
    }

    /// Lines of the whole list.
    pub fn total(&self) -> usize {
        self.total
    }

    /// The first line of item `i`.
    pub fn top(&self, i: usize) -> usize {
        self.tops[i]
    }

    /// Lines of item `i`.
    pub fn height(&self, i: usize) -> usize {
        self.tops.get(i + 1).copied().unwrap_or(self.total) - self.tops[i]
    }

    /// The item that shows line `line`, if the list is that long.
    pub fn item_at(&self, line: usize) -> Option<usize> {
        let after = self.tops.partition_point(|&t| t <= line);
        (after > 0 && (after < self.tops.len() || line < self.total)).then(|| after - 1)
    }

    /// The last item that starts above line `line`.
    fn last_starting_before(&self, line: usize) -> Option<usize> {
        self.tops.partition_point(|&t| t < line).checked_sub(1)
    }
}

impl Lines for LineMap {
    fn len(&self) -> usize {
        self.len()
    }
    fn top(&self, i: usize) -> usize {
        self.top(i)
    }
    fn height(&self, i: usize) -> usize {
        self.height(i)
    }
    fn item_at(&self, line: usize) -> Option<usize> {
        self.item_at(line)
    }
    fn last_starting_before(&self, line: usize) -> Option<usize> {
        self.last_starting_before(line)
    }
    fn clamp(&self, offset: usize, rows: usize) -> usize {
        offset.min(self.total.saturating_sub(rows))
    }
}

impl ListNav {
    /// Moves by `delta` items. One step down first scrolls through an item taller than
    /// the viewport before moving on, so every line can be read.
    pub fn move_by(&mut self, delta: isize, heights: &[usize], rows: usize) -> bool {
        self.move_in(delta, &LineMap::new(heights), rows)
    }

    /// [`Self::move_by`] over a list measured beforehand.
    pub fn move_in(&mut self, delta: isize, lines: &impl Lines, rows: usize) -> bool {
        let before = *self;
        let n = lines.len();
        if n == 0 {
            *self = Self::default();
            return before != *self;
        }
        let rows = rows.max(1);
        self.selected = self.selected.min(n - 1);
        let top = lines.top(self.selected);
        let bottom = top + lines.height(self.selected);
        match delta {
            1 if bottom > self.offset + rows => self.offset += 1,
            -1 if top < self.offset => self.offset -= 1,
            1 | -1 => {
                self.selected = self.selected.saturating_add_signed(delta).min(n - 1);
                self.reveal(lines, rows, delta > 0);
            }
            _ => {
                self.selected = self.selected.saturating_add_signed(delta).min(n - 1);
                self.reveal(lines, rows, false);
            }
        }
        *self != before
    }

    /// Scrolls the selected item into view: its top, or when it is taller than the
    /// viewport and reached going up, its bottom.
    fn reveal(&mut self, lines: &impl Lines, rows: usize, down: bool) {
        let top = lines.top(self.selected);
        let h = lines.height(self.selected);
        if top < self.offset {
            self.offset = if h > rows && !down {
                top + h - rows
            } else {
                top
            };
        } else if top + h > self.offset + rows {
            self.offset = if h > rows { top } else { top + h - rows };
        }
        self.offset = lines.clamp(self.offset, rows);
    }

    /// Scrolls one line, keeping the selection on a visible item.
    pub fn scroll_line(&mut self, dir: isize, heights: &[usize], rows: usize) -> bool {
        self.scroll_line_in(dir, &LineMap::new(heights), rows)
    }

    /// [`Self::scroll_line`] over a list measured beforehand.
    pub fn scroll_line_in(&mut self, dir: isize, lines: &impl Lines, rows: usize) -> bool {
        let before = *self;
        self.offset = lines.clamp(self.offset.saturating_add_signed(dir), rows);
        if self.selected < lines.len() {
            let t = lines.top(self.selected);
            let b = t + lines.height(self.selected);
            if b <= self.offset {
                self.selected = lines.item_at(self.offset).unwrap_or(0);
            } else if t >= self.offset + rows {
                self.selected = lines.last_starting_before(self.offset + rows).unwrap_or(0);
            }
        }
        *self != before
    }

    /// Keeps the selection and offset valid for new heights or a new viewport.
    pub fn refit(&mut self, heights: &[usize], rows: usize) {
        self.refit_in(&LineMap::new(heights), rows);
    }

    /// [`Self::refit`] over a list measured beforehand.
    pub fn refit_in(&mut self, lines: &impl Lines, rows: usize) {
        if lines.is_empty() {
            *self = Self::default();
            return;
        }
        self.selected = self.selected.min(lines.len() - 1);
        self.offset = lines.clamp(self.offset, rows.max(1));
        self.reveal(lines, rows.max(1), true);
    }

    /// The item at `line` lines below the top of the viewport.
    pub fn item_at(&self, line: usize, heights: &[usize]) -> Option<usize> {
        LineMap::new(heights).item_at(self.offset + line)
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

    #[test]
    fn line_map_finds_the_same_items_as_a_walk_down_the_list() {
        let lists: [&[usize]; 6] = [
            &[],
            &[1],
            &[3, 1, 4, 1, 5],
            &[0, 2, 0, 0, 3],
            &[1, 0],
            &[2; 9],
        ];
        for heights in lists {
            let map = LineMap::new(heights);
            let total: usize = heights.iter().sum();
            assert_eq!(map.total(), total);
            for line in 0..total + 3 {
                let mut acc = 0;
                let walked = heights.iter().position(|h| {
                    acc += h;
                    line < acc
                });
                assert_eq!(map.item_at(line), walked, "{heights:?} line {line}");
                let tops: Vec<usize> = (0..heights.len()).map(|i| map.top(i)).collect();
                let last = tops.iter().rposition(|&t| t < line);
                assert_eq!(map.last_starting_before(line), last);
            }
            for (i, h) in heights.iter().enumerate() {
                assert_eq!(map.height(i), *h);
            }
        }
    }
}
