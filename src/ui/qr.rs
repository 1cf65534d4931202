//! A QR code drawn with half blocks, two modules a row, black on white whatever the
//! theme: a phone scans it from a projected screen.

use qrcode::{Color as Module, EcLevel, QrCode};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Style};

/// Light modules around the code, as scanners want them (the standard asks for four;
/// two read well on a screen, where the slide around is no print margin).
const QUIET: usize = 2;

/// A code's modules, `true` for dark, quiet zone included: a square of `side`.
pub struct Qr {
    side: usize,
    dark: Vec<bool>,
}

impl Qr {
    /// The code of `text`, when it can be made (it always can for an address).
    pub fn new(text: &str) -> Option<Self> {
        let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M).ok()?;
        let width = code.width();
        let side = width + 2 * QUIET;
        let mut dark = vec![false; side * side];
        for (i, m) in code.to_colors().into_iter().enumerate() {
            let (x, y) = (i % width + QUIET, i / width + QUIET);
            dark[y * side + x] = m == Module::Dark;
        }
        Some(Self { side, dark })
    }

    /// Columns and rows it takes.
    pub fn size(&self) -> (u16, u16) {
        let side = u16::try_from(self.side).unwrap_or(u16::MAX);
        (side, side.div_ceil(2))
    }

    fn is_dark(&self, x: usize, y: usize) -> bool {
        y < self.side && self.dark[y * self.side + x]
    }

    /// Draws the code with its top left at `(x, y)`; nothing when it does not fit.
    pub fn draw(&self, x: u16, y: u16, buf: &mut Buffer) -> bool {
        let (w, h) = self.size();
        let want = Rect::new(x, y, w, h);
        if buf.area.intersection(want) != want {
            return false;
        }
        let (black, white) = (Color::Rgb(0, 0, 0), Color::Rgb(255, 255, 255));
        for row in 0..usize::from(h) {
            for col in 0..self.side {
                let (top, bottom) = (self.is_dark(col, 2 * row), self.is_dark(col, 2 * row + 1));
                let style = Style::new()
                    .fg(if top { black } else { white })
                    .bg(if bottom { black } else { white });
                let cell = &mut buf[(x + col as u16, y + row as u16)];
                cell.set_symbol("▀").set_style(style);
            }
        }
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_code_reads_back_as_the_modules_it_was_made_of() {
        let qr = Qr::new("http://192.168.1.20:8080/").expect("code");
        let (w, h) = qr.size();
        // Version 2 (25 modules) with the quiet zone on both sides.
        assert_eq!((w, h), (29, 15));
        let mut buf = Buffer::empty(Rect::new(0, 0, 40, 20));
        assert!(qr.draw(1, 1, &mut buf));
        // The finder pattern's corner: dark at (QUIET, QUIET), light in the quiet zone.
        let corner = &buf[(1 + QUIET as u16, 2)];
        assert_eq!(corner.fg, Color::Rgb(0, 0, 0));
        assert_eq!(buf[(1, 1)].fg, Color::Rgb(255, 255, 255));
        assert_eq!(buf[(1, 1)].bg, Color::Rgb(255, 255, 255));
        // Too little room: nothing drawn.
        let mut small = Buffer::empty(Rect::new(0, 0, 20, 10));
        assert!(!qr.draw(0, 0, &mut small));
        assert_eq!(small[(0, 0)].symbol(), " ");
    }
}
