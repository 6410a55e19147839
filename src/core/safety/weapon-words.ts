/** Weapons a threat can name. */
export const WEAPON_WORDS = ["gun", "guns", "firearm", "rifle", "pistol", "handgun", "shotgun", "revolver", "glock", "ar-15", "ar15", "ar", "ak", "ak-47", "9mm", "knife", "knives", "machete", "blade", "weapon", "weapons", "ammo", "ammunition", "bullet", "bullets", "taser", "crossbow", "sword", "hatchet", "axe"];
export const WEAPON_PHRASES = ["brass knuckles", "baseball bat", "concealed carry"];
