/**
 * `/dictionary.json`: the dictionary readings the articles' cards use, CC-CEDICT text under CC BY-SA
 * 4.0 with its notice first. Kept apart from `/glossary.json`, which holds only curated entries.
 */
import type { APIRoute } from 'astro';
import { getDictionary } from '../lib/dictionary';

export const GET: APIRoute = () => new Response(`${JSON.stringify(getDictionary(), null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
