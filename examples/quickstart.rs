//! Quickstart: a binary log of sensor readings, written and read back
//! without copying or parsing a single field by hand.
//!
//! The file is a 16-byte header followed by fixed-size 24-byte records. The
//! derives prove, while this example compiles, that `Header` is plain old
//! data and that `Reading` has no padding and can be validated from bytes;
//! the casts then cost nothing but a length, an alignment and (for
//! `Reading`) a validity check.
//!
//! Run it with `cargo run --example quickstart`.

use std::error::Error;
use std::fs;
use std::mem::size_of;

use vouch::{CheckedBitPattern, NoUninit, Pod, Zeroable};

/// The file header: any bytes are a valid `Header`, so it is `Pod`.
#[derive(Clone, Copy, Debug, Zeroable, Pod)]
#[repr(C)]
struct Header {
    magic: [u8; 8],
    version: u32,
    count: u32,
}

/// Only three byte values are units; the derive validates the others away.
#[derive(Clone, Copy, Debug, PartialEq, Eq, NoUninit, CheckedBitPattern)]
#[repr(u8)]
enum Unit {
    Celsius = 1,
    Pascal = 2,
    Percent = 3,
}

/// One record. It holds an enum and a `bool`, so not every byte pattern is a
/// `Reading`: reading one takes a check (`CheckedBitPattern`), writing one
/// does not (`NoUninit`: no padding, every byte initialized). Drop `_pad`
/// and the derive stops the build, naming `valid` as the field the padding
/// follows.
#[derive(Clone, Copy, Debug, NoUninit, CheckedBitPattern)]
#[repr(C)]
struct Reading {
    at_ms: u64,
    sensor: u32,
    value: f32,
    unit: Unit,
    valid: bool,
    _pad: [u8; 6],
}

const MAGIC: [u8; 8] = *b"VOUCHLOG";

fn write_log(path: &std::path::Path, readings: &[Reading]) -> Result<(), Box<dyn Error>> {
    let header = Header {
        magic: MAGIC,
        version: 1,
        count: u32::try_from(readings.len())?,
    };
    let mut bytes = Vec::with_capacity(size_of::<Header>() + size_of_val(readings));
    bytes.extend_from_slice(vouch::bytes_of(&header));
    bytes.extend_from_slice(vouch::cast_slice::<Reading, u8>(readings));
    fs::write(path, bytes)?;
    Ok(())
}

/// Reads the whole file into a buffer of `u64`s, so that the records, which
/// start 16 bytes in, are aligned for `Reading` (8).
fn read_aligned(path: &std::path::Path) -> Result<(Vec<u64>, usize), Box<dyn Error>> {
    let file = fs::read(path)?;
    let mut words: Vec<u64> = vouch::allocation::zeroed_vec(file.len().div_ceil(8));
    vouch::cast_slice_mut::<u64, u8>(&mut words)[..file.len()].copy_from_slice(&file);
    Ok((words, file.len()))
}

fn parse(bytes: &[u8]) -> Result<(&Header, &[Reading]), Box<dyn Error>> {
    let (head, body) = bytes.split_at(size_of::<Header>());
    let header: &Header = vouch::try_from_bytes(head)?;
    if header.magic != MAGIC {
        return Err("not a vouch log".into());
    }
    let readings: &[Reading] = vouch::checked::try_cast_slice(body)?;
    Ok((header, readings))
}

fn main() -> Result<(), Box<dyn Error>> {
    let readings = [
        Reading {
            at_ms: 1_000,
            sensor: 7,
            value: 21.5,
            unit: Unit::Celsius,
            valid: true,
            _pad: [0; 6],
        },
        Reading {
            at_ms: 1_250,
            sensor: 9,
            value: 101_325.0,
            unit: Unit::Pascal,
            valid: true,
            _pad: [0; 6],
        },
        Reading {
            at_ms: 1_500,
            sensor: 7,
            value: 48.0,
            unit: Unit::Percent,
            valid: false,
            _pad: [0; 6],
        },
    ];
    let path = std::env::temp_dir().join(format!("vouch-quickstart-{}.log", std::process::id()));
    write_log(&path, &readings)?;

    let (mut words, len) = read_aligned(&path)?;
    fs::remove_file(&path)?;
    {
        let (header, records) = parse(&vouch::cast_slice::<u64, u8>(&words)[..len])?;
        println!(
            "{} bytes: version {}, {} records, read in place:",
            len, header.version, header.count
        );
        for r in records {
            println!(
                "  t={:>5} ms  sensor {:>2}  {:>9.1} {:?}  valid={}",
                r.at_ms, r.sensor, r.value, r.unit, r.valid
            );
        }
    }

    // Corrupt the unit byte of the second record: 9 is no `Unit`.
    let unit_at = size_of::<Header>() + size_of::<Reading>() + std::mem::offset_of!(Reading, unit);
    vouch::cast_slice_mut::<u64, u8>(&mut words)[unit_at] = 9;
    match parse(&vouch::cast_slice::<u64, u8>(&words)[..len]) {
        Ok(_) => return Err("a corrupt record was accepted".into()),
        Err(error) => println!("after corrupting byte {unit_at}: rejected: {error}"),
    }

    // A record cut short is rejected as well, rather than read past the end.
    match vouch::checked::try_cast_slice::<u8, Reading>(
        &vouch::cast_slice::<u64, u8>(&words)[16..len - 1],
    ) {
        Ok(_) => return Err("a truncated record was accepted".into()),
        Err(error) => println!("a truncated file: rejected: {error}"),
    }
    Ok(())
}
