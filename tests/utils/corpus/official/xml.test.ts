import { describe, expect, it } from 'vitest';
import { parseXml, textOf, XmlError } from '../../../../utils/corpus/official/xml';
import { headingNumbers, readObXml, ObFormatError } from '../../../../utils/corpus/official/ob-xml';
import { aanhangsel, documentKind, subjectOf } from '../../../../utils/corpus/official/map';

describe('parseXml', () => {
  it('reads elements, attributes, entities, CDATA, comments and a DOCTYPE', () => {
    const root = parseXml(
      '\uFEFF<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x "y">]><!-- c --><a k="1 &amp; 2"><b>x &lt; y &#233;&#x20AC;</b><![CDATA[<raw>]]><c/></a>',
    );
    expect(root.name).toBe('a');
    expect(root.attrs.k).toBe('1 & 2');
    expect(textOf(root)).toBe('x < y é€<raw>');
  });
  it.each([
    ['<a><b></a>', /closes <b>/],
    ['<a><b>text', /truncated: <b> is never closed/],
    ['<a></a><b></b>', /second root/],
    ['<a', /unterminated tag/],
    ['', /no root/],
    ['<a><!-- open', /unterminated comment/],
  ])('rejects %j', (text, message) => {
    expect(() => parseXml(text)).toThrow(XmlError);
    expect(() => parseXml(text)).toThrow(message);
  });
});

describe('OB reading', () => {
  it.each([
    ['Vraag 1', [1]],
    ['Antwoord 2 en 3', [2, 3]],
    ['Antwoord 2, 3', [2, 3]],
    ['Antwoord op vraag 4 en 5', [4, 5]],
    ['Antwoord op vragen 1 t/m 3', [1, 2, 3]],
    ['Vragen 6 – 8', [6, 7, 8]],
    ['Antwoord van minister X', []],
    ['Vragen van het lid X', []],
  ])('headingNumbers(%j)', (text, numbers) => {
    expect(headingNumbers(text)).toEqual(numbers);
  });
  it('a publication that is not Kamervragen is refused', () => {
    expect(() => readObXml('<officiele-publicatie><kamerstuk/></officiele-publicatie>')).toThrow(
      ObFormatError,
    );
  });
  it('an unnumbered answer answers the question after the previous one', () => {
    const pub = readObXml(
      '<kamervragen><vraag><al>Eén?</al></vraag><antwoord><al>Ja.</al></antwoord><vraag><al>Twee?</al></vraag><antwoord><al>Nee.</al></antwoord></kamervragen>',
    );
    expect(pub.questions.map((q) => q.number)).toEqual([1, 2]);
    expect(pub.answers.map((a) => a.numbers)).toEqual([[1], [2]]);
  });
  it('Aanhangselnummer in the shapes the service writes', () => {
    expect(aanhangsel('242501028', null)).toEqual({ vergaderjaar: '2024-2025', nr: 1028 });
    expect(aanhangsel('080900012', null)).toEqual({ vergaderjaar: '2008-2009', nr: 12 });
    expect(aanhangsel('20242025-1028', null)).toEqual({ vergaderjaar: '2024-2025', nr: 1028 });
    expect(aanhangsel('1028', '2024-2025')).toEqual({ vergaderjaar: '2024-2025', nr: 1028 });
    expect(aanhangsel(null, '2024-2025')).toBeNull();
  });
  it('Document Soorten of a set, and those that are not', () => {
    expect(documentKind('Schriftelijke vragen')).toBe('questions');
    expect(documentKind('Antwoord schriftelijke vragen')).toBe('answer');
    expect(documentKind('Antwoord schriftelijke vragen (nader)')).toBe('nader-answer');
    expect(documentKind('Mededeling (uitstel antwoord)')).toBe('postponement');
    expect(documentKind('Mededeling')).toBe('withdrawal');
    expect(documentKind('Mededeling', 'Intrekking vragen van het lid X')).toBe('withdrawal');
    expect(documentKind('Mededeling', 'Uitstel beantwoording vragen van het lid X')).toBe(
      'postponement',
    );
    expect(documentKind('Mededeling', 'Mededeling over de planning')).toBeNull();
    expect(documentKind('Lijst van vragen en antwoorden')).toBeNull();
    expect(documentKind('Brief regering')).toBeNull();
  });
  it('subjectOf drops the "Vragen van … over" lead-in and "(ingezonden …)"', () => {
    expect(
      subjectOf({
        onderwerp:
          'Vragen van het lid X (SP) aan de minister over de zorg (ingezonden 1 mei 2025).',
      }),
    ).toBe('De zorg');
    expect(subjectOf({ onderwerp: 'Het bericht «Y»' })).toBe('Het bericht «Y»');
  });
});
