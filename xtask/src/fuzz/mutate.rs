//! Byte-level mutations for `cargo xtask fuzz`: the classic havoc set (flip,
//! overwrite, insert, delete, splice) plus the two that find slow parsers:
//! repeating a piece many times and inserting a target's own tokens.

use dossier_core::synth::Rng;

/// Mutants never grow past this: large enough for a quadratic parser to blow
/// its budget (thousands of lines), small enough that linear work stays well
/// inside it (the cleaner takes about 1 µs a byte: 70 ms here, 250 ms at 256 KiB).
pub const MAX_INPUT: usize = 64 * 1024;

/// Mutates `input` in place with 1 to 8 stacked mutations, drawing pieces from
/// `pool` (other inputs, for splicing) and `tokens` (the target's syntax).
pub fn mutate(rng: &mut Rng, input: &mut Vec<u8>, pool: &[Vec<u8>], tokens: &[&[u8]]) {
    for _ in 0..1 + rng.below(8) {
        match rng.below(9) {
            0 => flip_bit(rng, input),
            1 => overwrite(rng, input),
            2 => insert_random(rng, input),
            3 => delete(rng, input),
            4 | 5 => insert_token(rng, input, tokens),
            6 => repeat(rng, input),
            7 => splice(rng, input, pool),
            _ => shuffle_lines(rng, input),
        }
    }
    input.truncate(MAX_INPUT);
}

fn flip_bit(rng: &mut Rng, input: &mut [u8]) {
    if !input.is_empty() {
        let i = rng.below(input.len());
        input[i] ^= 1 << rng.below(8);
    }
}

/// Overwrites a byte with an interesting value (0, 0xFF, a line end, a quote, a digit…).
fn overwrite(rng: &mut Rng, input: &mut [u8]) {
    const BYTES: &[u8] = b"\0\xFF\x7F\x80\n\r\t -:\"'#*0912{}[]<>&";
    if !input.is_empty() {
        let i = rng.below(input.len());
        input[i] = if rng.chance(50) {
            *rng.pick(BYTES)
        } else {
            rng.below(256) as u8
        };
    }
}

fn insert_random(rng: &mut Rng, input: &mut Vec<u8>) {
    let at = rng.below(input.len() + 1);
    let n = 1 + rng.below(16);
    let bytes: Vec<u8> = (0..n).map(|_| rng.below(256) as u8).collect();
    input.splice(at..at, bytes);
}

fn delete(rng: &mut Rng, input: &mut Vec<u8>) {
    if !input.is_empty() {
        let at = rng.below(input.len());
        let n = 1 + rng.below((input.len() - at).min(256));
        input.drain(at..at + n);
    }
}

fn insert_token(rng: &mut Rng, input: &mut Vec<u8>, tokens: &[&[u8]]) {
    if !tokens.is_empty() {
        let at = rng.below(input.len() + 1);
        input.splice(at..at, rng.pick(tokens).iter().copied());
    }
}

/// Repeats a short piece of the input up to thousands of times in place: the
/// shape of the inputs that stalled parsers (nested front matter, one huge
/// line, 80k short lines, many zip entries).
fn repeat(rng: &mut Rng, input: &mut Vec<u8>) {
    if input.is_empty() {
        return;
    }
    let at = rng.below(input.len());
    let len = 1 + rng.below((input.len() - at).min(64));
    let times = 1usize << rng.below(13);
    let piece = input[at..at + len].to_vec();
    let room = MAX_INPUT.saturating_sub(input.len()) / len;
    let copies: Vec<u8> = piece.repeat(times.min(room));
    input.splice(at..at, copies);
}

/// Replaces the tail of the input with the tail of another one.
fn splice(rng: &mut Rng, input: &mut Vec<u8>, pool: &[Vec<u8>]) {
    if pool.is_empty() {
        return;
    }
    let other = rng.pick(pool);
    let at = rng.below(input.len() + 1);
    let from = rng.below(other.len() + 1);
    input.truncate(at);
    input.extend_from_slice(&other[from..]);
}

/// Swaps two lines: reorders front matter delimiters, headers and dates.
fn shuffle_lines(rng: &mut Rng, input: &mut Vec<u8>) {
    let mut lines: Vec<&[u8]> = input.split(|&b| b == b'\n').collect();
    if lines.len() < 2 {
        return;
    }
    let (a, b) = (rng.below(lines.len()), rng.below(lines.len()));
    lines.swap(a, b);
    *input = lines.join(&b'\n');
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mutants_stay_under_the_cap_and_differ_from_their_seed() {
        let seed = b"---\ntitle: Visite\ndate: 2024-03-12\n---\nAlger, le 12 mars 2024.\n".to_vec();
        let pool = vec![seed.clone(), b"PK\x03\x04".to_vec()];
        let mut rng = Rng::new(7);
        let mut changed = 0;
        for _ in 0..2000 {
            let mut m = seed.clone();
            mutate(&mut rng, &mut m, &pool, &[b"---\n", b"\n"]);
            assert!(m.len() <= MAX_INPUT);
            changed += usize::from(m != seed);
        }
        // A mutation can undo another (a bit flipped twice), but rarely.
        assert!(changed > 1900, "only {changed} of 2000 mutants differ");
    }

    #[test]
    fn repeat_grows_an_input_by_whole_copies() {
        let mut rng = Rng::new(3);
        let mut grew = false;
        for _ in 0..50 {
            let mut m = b"ab\n".to_vec();
            repeat(&mut rng, &mut m);
            grew |= m.len() > 64;
            assert!(m.len() <= MAX_INPUT);
        }
        assert!(grew, "repeat never made a long input");
    }
}
